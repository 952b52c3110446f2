import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { CurrentUser, Public } from '../decorators.js';
import { AccountDto } from '../dto/access-token.dto.js';
import { toAccountDto } from '../users.service.js';
import { AcceptedDto, ChangeEmailDto, VerifyEmailDto } from './dto/email-verification.dto.js';
import { EmailVerificationService } from './email-verification.service.js';

@ApiTags('auth')
@Controller({ path: 'api/v1' })
export class EmailVerificationController {
  constructor(private readonly verification: EmailVerificationService) {}

  @Public()
  @Post('auth/verify-email')
  @HttpCode(200)
  @ApiBadRequestResponse({ description: 'TOKEN_INVALID' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN (the new address was taken meanwhile)' })
  async verify(@Body() body: VerifyEmailDto): Promise<AccountDto> {
    return toAccountDto(await this.verification.verify(body.token));
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
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  async change(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangeEmailDto): Promise<AcceptedDto> {
    await this.verification.requestChange(user.id, body.email, body.currentPassword);
    return { message: 'Open the link we sent to the new address; until then the old one stays.' };
  }
}
