// Starts the API: configuration and database are checked first, so a mistake ends in one clear line.
import 'reflect-metadata';
import { ConfigurationError, loadConfig } from '@neuland/config';
import { DatabaseUnreachableError, ensureDatabaseExists } from '@neuland/database';
import { createApiApp } from './create-api-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabaseExists(config.database.url);
  const app = await createApiApp(config);
  await app.listen({ port: config.app.port, host: process.env.HOST ?? '0.0.0.0' });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DatabaseUnreachableError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The API could not start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
