import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { OwnProfileDto } from './dto/profile.dto.js';
import { UpdateProfileDto } from './dto/update-profile.dto.js';
import { ProfilesService } from './profiles.service.js';
import { AddSocialAccountDto, SocialAccountDto } from './social-accounts/dto/social-account.dto.js';
import { SocialAccountsService } from './social-accounts/social-accounts.service.js';

/** A member's own profile and accounts elsewhere. Other people's profiles are served by libs/social-graph. */
@ApiTags('profiles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me' })
export class ProfilesController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly socialAccounts: SocialAccountsService,
  ) {}

  @Get('profile')
  @ApiOkResponse({ type: OwnProfileDto })
  getOwn(@CurrentUser() user: AuthenticatedUser): Promise<OwnProfileDto> {
    return this.profiles.getOwn(user.id);
  }

  @Patch('profile')
  @ApiOkResponse({ type: OwnProfileDto })
  @ApiConflictResponse({ description: 'HANDLE_TAKEN' })
  updateOwn(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateProfileDto): Promise<OwnProfileDto> {
    return this.profiles.updateOwn(user.id, body);
  }

  @Post('social-accounts')
  @ApiCreatedResponse({ type: SocialAccountDto })
  @ApiConflictResponse({ description: 'SOCIAL_ACCOUNT_CLAIMED: another member added this account' })
  addSocialAccount(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddSocialAccountDto,
  ): Promise<SocialAccountDto> {
    return this.socialAccounts.add(user.id, body.platform, body.handle);
  }

  @Delete('social-accounts/:id')
  @HttpCode(204)
  @ApiNotFoundResponse({ description: 'SOCIAL_ACCOUNT_NOT_FOUND' })
  async removeSocialAccount(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.socialAccounts.remove(user.id, id);
  }
}
