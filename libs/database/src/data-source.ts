// The DataSource of the TypeORM CLI (`npm run migrate`, `npm run migration:generate`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
// The CLI runs without the @neuland path aliases: the config lib by its index, as an alias would reach it.
import { loadConfig } from '../../config/src/index.js';
import { postgresOptions } from './typeorm-options.js';

export default new DataSource({
  ...postgresOptions(loadConfig().database.url),
  entities: ['libs/*/src/**/*.entity.ts'],
});
