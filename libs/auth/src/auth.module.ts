import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfigService } from '@neuland/config';
import { MailModule } from '@neuland/mail';
import { AccessTokenGuard } from './access-token.guard.js';
import { AccountCreatedHooks } from './account-created-hooks.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';
import { WebSessionController } from './web-session/web-session.controller.js';
import { WebSessionStore } from './web-session/web-session.store.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    MailModule,
    JwtModule.registerAsync({
      global: true,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => ({ secret: config.get('auth.jwtSecret', { infer: true }) }),
    }),
  ],
  controllers: [AuthController, WebSessionController],
  providers: [
    AuthService,
    UsersService,
    WebSessionStore,
    AccountCreatedHooks,
    LoginRateLimitGuard,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
  ],
  exports: [UsersService, AccountCreatedHooks],
})
export class AuthModule {}
