import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import type { Page } from '@neuland/http';
import {
  AddSocialAccountDto,
  SocialAccountDto,
  SocialAccountsService,
  SocialGraphService,
} from '@neuland/social-graph';
import {
  OwnProfileDto,
  ProfileSummaryDto,
  ProfileSummaryPageDto,
  PublicProfileDto,
} from './dto/profile.dto.js';
import { ProfileSearchQuery } from './dto/profile-search.query.js';
import { UpdateProfileDto } from './dto/update-profile.dto.js';
import { ProfilesService } from './profiles.service.js';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller({ path: 'api/v1' })
export class ProfilesController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly socialAccounts: SocialAccountsService,
    private readonly graph: SocialGraphService,
  ) {}

  @Get('me/profile')
  @ApiOkResponse({ type: OwnProfileDto })
  getOwn(@CurrentUser() user: AuthenticatedUser): Promise<OwnProfileDto> {
    return this.profiles.getOwn(user.id);
  }

  @Patch('me/profile')
  @ApiOkResponse({ type: OwnProfileDto })
  @ApiConflictResponse({ description: 'HANDLE_TAKEN' })
  updateOwn(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateProfileDto): Promise<OwnProfileDto> {
    return this.profiles.updateOwn(user.id, body);
  }

  @Post('me/social-accounts')
  @ApiCreatedResponse({ type: SocialAccountDto })
  @ApiConflictResponse({ description: 'SOCIAL_ACCOUNT_CLAIMED: another member added this account' })
  addSocialAccount(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddSocialAccountDto,
  ): Promise<SocialAccountDto> {
    return this.socialAccounts.add(user.id, body.platform, body.handle);
  }

  @Delete('me/social-accounts/:id')
  @HttpCode(204)
  @ApiNotFoundResponse({ description: 'SOCIAL_ACCOUNT_NOT_FOUND' })
  async removeSocialAccount(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.socialAccounts.remove(user.id, id);
  }

  /** Whom you blocked, newest first, so you can lift a block. */
  @Get('me/blocks')
  @ApiOkResponse({ type: [ProfileSummaryDto] })
  async blocks(@CurrentUser() user: AuthenticatedUser): Promise<ProfileSummaryDto[]> {
    return this.profiles.summariesOf(await this.graph.blockedBy(user.id));
  }

  @Public()
  @Get('profiles')
  @ApiOkResponse({ type: ProfileSummaryPageDto })
  search(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Query() query: ProfileSearchQuery,
  ): Promise<Page<ProfileSummaryDto>> {
    return this.profiles.search(query, user?.id ?? null);
  }

  @Public()
  @Get('profiles/:handle')
  @ApiOkResponse({ type: PublicProfileDto })
  @ApiNotFoundResponse({ description: 'PROFILE_NOT_FOUND (also for profiles hidden from you)' })
  get(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('handle') handle: string,
  ): Promise<PublicProfileDto> {
    return this.profiles.getVisible(handle, user?.id ?? null);
  }
}
