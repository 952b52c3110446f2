import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AdminModule } from '@neuland/admin';
import { AuthModule } from '@neuland/auth';
import { type AppConfig, AppConfigModule } from '@neuland/config';
import { DatabaseModule } from '@neuland/database';
import { HealthModule } from '@neuland/health';
import { ApiExceptionFilter } from '@neuland/http';
import { LoggingModule } from '@neuland/logging';
import { NotificationsModule } from '@neuland/notifications';
import { OutboxModule } from '@neuland/outbox';
import { QueueModule } from '@neuland/queue';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module.js';

/** The HTTP API: wires the feature modules together, nothing else. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot({ runMigrations: true }),
        OutboxModule,
        QueueModule,
        HealthModule,
        AuthModule,
        AdminModule,
        NotificationsModule,
        ...(config.app.env === 'production' ? [] : [DevMailboxModule]),
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
