import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfigService } from '@neuland/config';
import { AccessTokenGuard } from './access-token.guard.js';
import { AccountCreatedHooks } from './account-created-hooks.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      global: true,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => ({ secret: config.get('auth.jwtSecret', { infer: true }) }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    UsersService,
    AccountCreatedHooks,
    LoginRateLimitGuard,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
  ],
  exports: [UsersService, AccountCreatedHooks],
})
export class AuthModule {}
