import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfigService } from '@neuland/config';
import { AccountCreatedHooks } from './account-created-hooks.js';
import { AccountToken } from './account-tokens/account-token.entity.js';
import { AccountTokensService } from './account-tokens/account-tokens.service.js';
import { AuthService } from './auth.service.js';
import { CallerIdentity } from './caller-identity.js';
import { CheckedTokens } from './checked-tokens.js';
import { EmailChangedHooks } from './email-verification/email-changed-hooks.js';
import { EmailVerificationService } from './email-verification/email-verification.service.js';
import { CurrentPassword } from './passwords/current-password.js';
import { PasswordsService } from './passwords/passwords.service.js';
import { Session } from './sessions/session.entity.js';
import { SessionsService } from './sessions/sessions.service.js';
import { AccountSuspensions } from './suspension/account-suspensions.service.js';
import { SuspensionHooks } from './suspension/suspension-hooks.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';
import { WebSessionStore } from './web-session/web-session.store.js';

const SERVICES = [
  AuthService,
  UsersService,
  WebSessionStore,
  AccountCreatedHooks,
  EmailChangedHooks,
  AccountTokensService,
  EmailVerificationService,
  PasswordsService,
  CurrentPassword,
  SessionsService,
  CheckedTokens,
  CallerIdentity,
  SuspensionHooks,
  AccountSuspensions,
];

/** Accounts, sessions and mailed links: what the API's routes and the worker's jobs both need. No routes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, AccountToken, Session]),
    JwtModule.registerAsync({
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
  providers: SERVICES,
  exports: [...SERVICES, JwtModule],
})
export class AuthCoreModule {}
