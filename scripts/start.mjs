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
import { startupSummary } from './start/summary.mjs';

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
  process.stderr.write(
    startupSummary({
      env,
      postgres: postgres.description,
      redis: redis.description,
      pids: processes.pids(),
    }),
  );
} catch (error) {
  log(error.message);
  await stopAll(1);
}
