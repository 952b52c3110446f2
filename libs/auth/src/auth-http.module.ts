import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenGuard } from './access-token.guard.js';
import { AuthCoreModule } from './auth-core.module.js';
import { AuthController } from './auth.controller.js';
import { EmailVerificationController } from './email-verification/email-verification.controller.js';
import { VerifiedEmailGuard } from './email-verification/require-verified-email.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { PasswordsController } from './passwords/passwords.controller.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { WebSessionController } from './web-session/web-session.controller.js';

/** The account routes, and the guards every route of the API passes. */
@Module({
  imports: [AuthCoreModule],
  controllers: [
    AuthController,
    EmailVerificationController,
    PasswordsController,
    SessionsController,
    WebSessionController,
  ],
  providers: [
    LoginRateLimitGuard,
    // Order matters: the token guard sets request.user, the e-mail guard reads it.
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: VerifiedEmailGuard },
  ],
})
export class AuthHttpModule {}
