import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** The options every DataSource of Neuland shares: the API's, the worker's, the CLI's and the tests'. */
export function postgresOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}
