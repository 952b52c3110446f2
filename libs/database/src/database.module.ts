import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfigService } from '@neuland/config';
import { ConfigService } from '@nestjs/config';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { runMigrationsOnce } from './migrate-once.js';
import { postgresOptions } from './typeorm-options.js';

@Module({})
export class DatabaseModule {
  /** The API applies pending migrations at start (unless configured off); the worker never does. */
  static forRoot(options: { runMigrations: boolean }): DynamicModule {
    return { module: DatabaseModule, imports: [typeOrmRoot(options.runMigrations)] };
  }
}

function typeOrmRoot(runMigrations: boolean) {
  return TypeOrmModule.forRootAsync({
    inject: [ConfigService],
    useFactory: (config: AppConfigService) => ({
      ...postgresOptions(config.get('database.url', { infer: true })),
      autoLoadEntities: true,
      // Applied by dataSourceFactory below, one process at a time, rather than by TypeORM itself.
      migrationsRun: runMigrations && config.get('database.migrationsRun', { infer: true }),
      // main.ts has already checked that the database answers; fail fast instead of retrying for half a minute.
      retryAttempts: 2,
      retryDelay: 500,
    }),
    dataSourceFactory: async (options?: DataSourceOptions) => {
      const dataSource = await new DataSource({ ...options!, migrationsRun: false }).initialize();
      if (options!.migrationsRun) await runMigrationsOnce(dataSource);
      return dataSource;
    },
  });
}
