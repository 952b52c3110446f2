import { type DynamicModule, Module } from '@nestjs/common';
import { AdminJobsModule } from '@neuland/admin';
import { AuditModule } from '@neuland/audit';
import { AuthJobsModule } from '@neuland/auth';
import { CirclesCoreModule } from '@neuland/circles';
import { type AppConfig, AppConfigModule } from '@neuland/config';
import { DatabaseModule } from '@neuland/database';
import { HealthModule } from '@neuland/health';
import { RateLimitsModule } from '@neuland/http';
import { LoggingModule } from '@neuland/logging';
import { MetricsModule } from '@neuland/metrics';
import { NetworkingJobsModule } from '@neuland/networking';
import { NotificationsJobsModule } from '@neuland/notifications';
import { OutboxModule } from '@neuland/outbox';
import { PrivacyJobsModule } from '@neuland/privacy';
import { ProfilesJobsModule } from '@neuland/profiles';
import { QueueModule } from '@neuland/queue';
import { SocialGraphJobsModule } from '@neuland/social-graph';

/**
 * The background worker: each feature's jobs module (its processors, on top of its core module) `GET /health` and
 * `GET /metrics`. No other routes.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot({ runMigrations: false }),
        OutboxModule,
        QueueModule,
        RateLimitsModule,
        AuditModule,
        HealthModule,
        MetricsModule,
        AuthJobsModule,
        PrivacyJobsModule,
        ProfilesJobsModule,
        SocialGraphJobsModule,
        // Its share of data exports and erasures; the announcements of its meetups will run here too.
        CirclesCoreModule,
        NetworkingJobsModule,
        NotificationsJobsModule,
        AdminJobsModule,
      ],
    };
  }
}
