import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { CurrentUser, Public } from '../decorators.js';
import { AccountDto } from '../dto/access-token.dto.js';
import { LoginRateLimitGuard } from '../login-rate-limit.guard.js';
import { toAccountDto } from '../users.service.js';
import {
  AcceptedDto,
  ChangeEmailDto,
  VerificationLinkRequestDto,
  VerifyEmailDto,
} from './dto/email-verification.dto.js';
import { EmailVerificationService } from './email-verification.service.js';

@ApiTags('auth')
@Controller({ path: 'api/v1' })
export class EmailVerificationController {
  constructor(private readonly verification: EmailVerificationService) {}

  @Public()
  @Post('auth/verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: AccountDto, description: 'The account whose address is now confirmed.' })
  @ApiBadRequestResponse({ description: 'TOKEN_INVALID' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN (the new address was taken meanwhile)' })
  async verify(@Body() body: VerifyEmailDto): Promise<AccountDto> {
    return toAccountDto(await this.verification.verify(body.token));
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('auth/verify-email/request')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'The same answer whether or not an unconfirmed account uses the address.',
  })
  async requestLink(@Body() body: VerificationLinkRequestDto): Promise<AcceptedDto> {
    await this.verification.requestLink(body.email);
    return { message: 'If an unconfirmed account uses this address, a new link is on its way.' };
  }

  @ApiBearerAuth()
  @Post('auth/verify-email/resend')
  @HttpCode(202)
  @ApiConflictResponse({ description: 'EMAIL_ALREADY_VERIFIED' })
  async resend(@CurrentUser() user: AuthenticatedUser): Promise<AcceptedDto> {
    await this.verification.resend(user.id);
    return { message: 'We sent you a new link.' };
  }

  @ApiBearerAuth()
  @Post('me/email')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The same answer whether or not another account uses the address.' })
  async change(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangeEmailDto): Promise<AcceptedDto> {
    await this.verification.requestChange(user.id, body.email, body.currentPassword);
    return { message: 'Open the link we sent to the new address; until then the old one stays.' };
  }
}
