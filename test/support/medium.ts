// The medium tier: a service against the run's real PostgreSQL, without HTTP. `startMedium({ imports: [MeetupsModule] })`
// builds a Nest application context with just those modules (plus the infrastructure every feature may inject:
// configuration, database, outbox, queues, rate limits, the audit trail).
import {
  type DynamicModule,
  type INestApplicationContext,
  Module,
  type Provider,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditModule } from '@neuland/audit';
import { type AppConfig, AppConfigModule } from '@neuland/config';
import { DatabaseModule } from '@neuland/database';
import { RateLimitsModule } from '@neuland/http';
import { OutboxModule } from '@neuland/outbox';
import { QueueModule } from '@neuland/queue';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { testConfig } from './test-config.js';

export interface Medium {
  app: INestApplicationContext;
  config: AppConfig;
  dataSource: DataSource;
  /** A plain pool on the same database, for setup and assertions (and what `makeMembers` writes with). */
  pool: pg.Pool;
  close: () => Promise<void>;
}

/**
 * No worker runs: outbox rows stay where a service wrote them, and queued jobs stay queued (under a prefix of the
 * test's own), so a test sees exactly what the service did.
 */
export async function startMedium({
  imports = [],
  providers = [],
  env = {},
}: {
  imports?: Array<Type | DynamicModule>;
  providers?: Provider[];
  env?: Record<string, string>;
}): Promise<Medium> {
  const config = testConfig(env);
  @Module({
    imports: [
      AppConfigModule.forRoot(config),
      DatabaseModule.forRoot({ runMigrations: false }),
      OutboxModule,
      QueueModule,
      RateLimitsModule,
      AuditModule,
      ...imports,
    ],
    providers,
  })
  class MediumModule {}
  const app = await NestFactory.createApplicationContext(MediumModule, {
    logger: false,
    abortOnError: false,
  });
  const pool = new pg.Pool({ connectionString: config.database.url, max: 2 });
  return {
    app,
    config,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    pool,
    close: async () => {
      await pool.end();
      await app.close();
    },
  };
}
