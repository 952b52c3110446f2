import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { AdminHttpModule } from '@neuland/admin';
import { AuditModule } from '@neuland/audit';
import { AuthHttpModule } from '@neuland/auth';
import { CirclesHttpModule } from '@neuland/circles';
import { type AppConfig, AppConfigModule } from '@neuland/config';
import { DatabaseModule } from '@neuland/database';
import { HealthModule } from '@neuland/health';
import { ApiExceptionFilter, RateLimitsModule, RequestContextInterceptor } from '@neuland/http';
import { InvitationsHttpModule } from '@neuland/invitations';
import { LoggingModule } from '@neuland/logging';
import { MeetupsHttpModule } from '@neuland/meetups';
import { MediaHttpModule } from '@neuland/media';
import { MetricsModule } from '@neuland/metrics';
import { NetworkingRoomModule } from '@neuland/networking';
import { NetworkingHttpModule } from '@neuland/networking';
import { NotificationsHttpModule } from '@neuland/notifications';
import { OutboxModule } from '@neuland/outbox';
import { PrivacyHttpModule } from '@neuland/privacy';
import { ProfilesHttpModule } from '@neuland/profiles';
import { QueueModule } from '@neuland/queue';
import { SocialGraphHttpModule } from '@neuland/social-graph';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module.js';

/** The HTTP API: each feature's HTTP module (its routes, on top of its core module), nothing else. */
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
        AuditModule,
        HealthModule,
        MetricsModule,
        AuthHttpModule,
        PrivacyHttpModule,
        MediaHttpModule,
        ProfilesHttpModule,
        SocialGraphHttpModule,
        MeetupsHttpModule,
        CirclesHttpModule,
        InvitationsHttpModule,
        NetworkingRoomModule,
        NetworkingHttpModule,
        NotificationsHttpModule,
        AdminHttpModule,
        ...(config.app.env === 'production' ? [] : [DevMailboxModule]),
        ...extraModules,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
      ],
    };
  }
}
