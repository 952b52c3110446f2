// The worker process of the HTTP benchmarks, built and bundled as `npm run start:worker` runs it, there to have its
// memory measured beside the API's. Plain JavaScript on purpose (no TypeScript loader in the process).
import 'reflect-metadata';
import { createWorkerApp } from '../../dist/compiled/apps/worker/src/create-worker-app.js';
import { loadConfig } from '../../dist/compiled/libs/config/src/index.js';

const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  DATABASE_MIGRATIONS_RUN: 'false',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: process.env.BENCH_QUEUE_PREFIX,
  JWT_SECRET: process.env.BENCH_JWT_SECRET,
  CONTACT_KEY_SECRET: process.env.BENCH_CONTACT_KEY_SECRET,
  UNSUBSCRIBE_SECRET: process.env.BENCH_UNSUBSCRIBE_SECRET,
  CONNECTION_TOKEN_KEYS: process.env.BENCH_CONNECTION_TOKEN_KEYS,
  MAIL_DIR: 'var/bench-mail',
  APP_URL: 'http://neuland.bench',
});
const app = await createWorkerApp(config, { logs: false });
await app.init();
process.send({ ready: true });
process.on('message', (message) => {
  if (message === 'rss') process.send({ rss: process.memoryUsage().rss });
  if (message === 'stop') void app.close().then(() => process.exit(0));
});
