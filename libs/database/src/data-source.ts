// The DataSource of the TypeORM CLI (`npm run migrate`, `npm run migration:generate`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/src/app-config.js';
import { postgresOptions } from './typeorm-options.js';

export default new DataSource({
  ...postgresOptions(loadConfig().database.url),
  entities: ['libs/*/src/**/*.entity.ts'],
});
