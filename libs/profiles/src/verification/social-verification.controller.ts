import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { AddSocialAccountDto } from '../social-accounts/dto/social-account.dto.js';
import { SocialProofDto, SocialProofListDto } from './dto/social-proof.dto.js';
import { SocialVerificationService } from './social-verification.service.js';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/social-account-proofs' })
export class SocialVerificationController {
  constructor(private readonly verification: SocialVerificationService) {}

  /** Checked in the worker; poll the list (or wait for the account to show as verified). */
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SocialProofDto })
  @ApiUnprocessableEntityResponse({ description: 'NOT_VERIFIABLE: LinkedIn, X, Instagram, Facebook' })
  request(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddSocialAccountDto,
  ): Promise<SocialProofDto> {
    return this.verification.request(user.id, body.platform, body.handle);
  }

  @Get()
  @ApiOkResponse({ type: SocialProofListDto })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<SocialProofListDto> {
    return { items: await this.verification.list(user.id), nextCursor: null };
  }
}
