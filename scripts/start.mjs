// `npm start`: the whole of Neuland on one machine with no setup.
// Uses the Postgres and Redis at the configured (or default) addresses; when none is configured and none
// answers, starts an embedded PostgreSQL and a local redis-server with their data under var/.
// Mail goes to SMTP_URL, or to the development mailbox (var/mail, listed at /dev/mail).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { ensureBuilt } from './start/build.mjs';
import { log } from './start/log.mjs';
import { startProcesses } from './start/processes.mjs';
import { providePostgres } from './start/postgres.mjs';
import { provideRedis } from './start/redis.mjs';
import { stopOnSignals } from './start/shutdown.mjs';

const env = { ...process.env };
env.NODE_ENV ??= 'development';
env.PORT ??= '3000';
env.WORKER_PORT ??= String(Number(env.PORT) + 1);
env.APP_URL ??= `http://localhost:${env.PORT}`;
// One secret for this start, shared by every API process it launches (production must set its own).
if (env.NODE_ENV !== 'production') env.JWT_SECRET ??= randomBytes(32).toString('hex');

const { whenStopping, stopAll } = stopOnSignals();

try {
  mkdirSync('var', { recursive: true });
  const postgres = await providePostgres(env);
  if (postgres.stop) whenStopping(postgres.stop);
  const redis = await provideRedis(env);
  if (redis.stop) whenStopping(redis.stop);
  await ensureBuilt();
  const processes = startProcesses(env);
  whenStopping(processes.stop);
  await processes.started;
  // The same default as API_DOCS in libs/config: on unless production.
  const docs = env.API_DOCS ? /^(true|1|yes|on)$/i.test(env.API_DOCS.trim()) : env.NODE_ENV !== 'production';
  const links = [docs && `API docs: ${env.APP_URL}/docs`, !env.SMTP_URL && `mail: ${env.APP_URL}/dev/mail`];
  const linkList = links.filter(Boolean).join(', ');
  log(`Neuland runs at ${env.APP_URL}${linkList ? `  (${linkList})` : ''}`);
} catch (error) {
  log(error.message);
  await stopAll(1);
}
