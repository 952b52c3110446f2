// Starts the API: configuration and database are checked first, so a mistake ends in one clear line.
import 'reflect-metadata';
import { loadConfig, startProcess } from '@neuland/config';
import { ensureDatabaseExists } from '@neuland/database';
import { createApiApp } from './create-api-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabaseExists(config.database.url);
  const app = await createApiApp(config);
  await app.listen({ port: config.app.port, host: process.env.HOST ?? '0.0.0.0' });
}

startProcess('API', main);
