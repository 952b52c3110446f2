import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { CurrentUser, Public } from '../decorators.js';
import { AcceptedDto } from '../email-verification/dto/email-verification.dto.js';
import { LoginRateLimitGuard } from '../login-rate-limit.guard.js';
import { ChangePasswordDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/passwords.dto.js';
import { PasswordsService } from './passwords.service.js';

@ApiTags('auth')
@Controller({ path: 'api/v1' })
export class PasswordsController {
  constructor(private readonly passwords: PasswordsService) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The same answer whether or not the address has an account.' })
  async requestReset(@Body() body: PasswordResetRequestDto): Promise<AcceptedDto> {
    await this.passwords.requestReset(body.email);
    return { message: 'If an account uses this address, a link to set a new password is on its way.' };
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @ApiBadRequestResponse({ description: 'TOKEN_INVALID' })
  async confirmReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.passwords.confirmReset(body.token, body.newPassword);
  }

  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(204)
  @ApiForbiddenResponse({ description: 'WRONG_PASSWORD' })
  async change(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.passwords.change(user.id, user.sessionId, body.currentPassword, body.newPassword);
  }
}
