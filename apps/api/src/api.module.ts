import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AdminModule } from '@neuland/admin';
import { AuthModule } from '@neuland/auth';
import { type AppConfig, AppConfigModule } from '@neuland/config';
import { DatabaseModule } from '@neuland/database';
import { HealthModule } from '@neuland/health';
import { ApiExceptionFilter, RateLimitsModule } from '@neuland/http';
import { InvitationsModule } from '@neuland/invitations';
import { LoggingModule } from '@neuland/logging';
import { MeetupsModule } from '@neuland/meetups';
import { NotificationsModule } from '@neuland/notifications';
import { OutboxModule } from '@neuland/outbox';
import { PrivacyModule } from '@neuland/privacy';
import { ProfilesModule, SocialVerificationModule } from '@neuland/profiles';
import { QueueModule } from '@neuland/queue';
import { SocialGraphModule } from '@neuland/social-graph';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module.js';

/** The HTTP API: wires the feature modules together, nothing else. */
@Module({})
export class ApiModule {
  /** `extraModules`: only for tools such as the benchmark's hello-world route; production passes none. */
  static forRoot(config: AppConfig, extraModules: Type[] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot({ runMigrations: true }),
        OutboxModule,
        QueueModule,
        RateLimitsModule,
        HealthModule,
        AuthModule,
        AdminModule,
        SocialGraphModule,
        ProfilesModule,
        MeetupsModule,
        PrivacyModule,
        SocialVerificationModule,
        InvitationsModule,
        NotificationsModule,
        ...(config.app.env === 'production' ? [] : [DevMailboxModule]),
        ...extraModules,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
