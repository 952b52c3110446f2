// Starts the worker. On SIGTERM it stops taking jobs and lets running ones finish, for at most SHUTDOWN_GRACE_MS.
import 'reflect-metadata';
import { loadConfig, startProcess } from '@neuland/config';
import { ensureDatabaseExists } from '@neuland/database';
import { createWorkerApp } from './create-worker-app.js';

const SHUTDOWN_GRACE_MS = 25_000;

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabaseExists(config.database.url);
  const app = await createWorkerApp(config);
  await app.listen({ port: config.app.workerPort, host: process.env.HOST ?? '0.0.0.0' });

  const shutdown = async () => {
    // A job still running after the grace period is handed back: BullMQ sees it stalled and another worker retries it.
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

startProcess('worker', main);
