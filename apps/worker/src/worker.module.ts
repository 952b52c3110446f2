import { type DynamicModule, Module } from '@nestjs/common';
import { AuthWorkerModule } from '@neuland/auth';
import { type AppConfig, AppConfigModule } from '@neuland/config';
import { DatabaseModule } from '@neuland/database';
import { HealthModule } from '@neuland/health';
import { RateLimitsModule } from '@neuland/http';
import { LoggingModule } from '@neuland/logging';
import { MailSendingModule } from '@neuland/mail';
import { PrivacyWorkerModule } from '@neuland/privacy';
import { SocialVerificationWorkerModule } from '@neuland/profiles';
import { NotificationsWorkerModule } from '@neuland/notifications';
import { QueueModule } from '@neuland/queue';

/** The background worker: queue processors and schedulers, and `GET /health`. No other routes. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot({ runMigrations: false }),
        QueueModule,
        RateLimitsModule,
        HealthModule,
        MailSendingModule,
        AuthWorkerModule,
        PrivacyWorkerModule,
        SocialVerificationWorkerModule,
        NotificationsWorkerModule,
      ],
    };
  }
}
