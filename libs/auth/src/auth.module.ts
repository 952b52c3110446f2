import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfigService } from '@neuland/config';
import { MailModule } from '@neuland/mail';
import { AccessTokenGuard } from './access-token.guard.js';
import { AccountCreatedHooks } from './account-created-hooks.js';
import { AccountLinksProcessor } from './account-links.processor.js';
import { AccountMailer } from './account-mailer.js';
import { AccountToken } from './account-tokens/account-token.entity.js';
import { AccountTokensService } from './account-tokens/account-tokens.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { Clock } from './clock.js';
import { EmailVerificationController } from './email-verification/email-verification.controller.js';
import { EmailChangedHooks } from './email-verification/email-changed-hooks.js';
import { EmailVerificationService } from './email-verification/email-verification.service.js';
import { VerifiedEmailGuard } from './email-verification/require-verified-email.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { PasswordsController } from './passwords/passwords.controller.js';
import { CurrentPassword } from './passwords/current-password.js';
import { PasswordsService } from './passwords/passwords.service.js';
import { Session } from './sessions/session.entity.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { SessionsService } from './sessions/sessions.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';
import { WebSessionController } from './web-session/web-session.controller.js';
import { WebSessionStore } from './web-session/web-session.store.js';

const accountEntities = TypeOrmModule.forFeature([User, AccountToken, Session]);

@Module({
  imports: [
    accountEntities,
    MailModule,
    JwtModule.registerAsync({
      global: true,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => {
        // A ready key object: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on
        // every verify, which cost a fifth of the API's CPU per request in the RSVP benchmark.
        const key = createSecretKey(Buffer.from(config.get('auth.jwtSecret', { infer: true })));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [
    AuthController,
    EmailVerificationController,
    PasswordsController,
    SessionsController,
    WebSessionController,
  ],
  providers: [
    AuthService,
    UsersService,
    WebSessionStore,
    AccountCreatedHooks,
    Clock,
    AccountMailer,
    AccountTokensService,
    EmailVerificationService,
    EmailChangedHooks,
    PasswordsService,
    CurrentPassword,
    SessionsService,
    LoginRateLimitGuard,
    // Order matters: the token guard sets request.user, the e-mail guard reads it.
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: VerifiedEmailGuard },
  ],
  exports: [
    UsersService,
    SessionsService,
    Clock,
    AccountCreatedHooks,
    EmailChangedHooks,
    EmailVerificationService,
    CurrentPassword,
  ],
})
export class AuthModule {}

/** For the worker: account mails that must not be prepared inside a request (password reset, a new link). */
@Module({
  imports: [accountEntities, MailModule],
  providers: [
    UsersService,
    AccountCreatedHooks,
    Clock,
    AccountMailer,
    AccountTokensService,
    EmailVerificationService,
    EmailChangedHooks,
    CurrentPassword,
    AccountLinksProcessor,
  ],
})
export class AuthWorkerModule {}
