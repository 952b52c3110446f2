// `npm run bench:http`: the built API's read routes against a `SELECT 1` route in the same process (same pool,
// guards, filters), the memory of the API and the worker, and RSVPs against pgbench's write ceilings, on a fresh
// database. Needs `npm run build`; both run bundled, as `npm start` and the Docker image run them. `--only reads` or
// `--only rsvp` runs half of it. 127.0.0.1 only; a few seconds per row. BENCH_PROFILE=DIR writes a CPU profile of
// the API there (node --cpu-prof); BENCH_COMPILED=1 runs the compiled files instead of the bundle, so that the
// profile names the package of each frame.
import 'reflect-metadata';
import { randomBytes, createSecretKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JwtService } from '@nestjs/jwt';
import autocannon from 'autocannon';
import { bundle } from '../scripts/bundle-apps.mjs';
import { createBenchDatabase } from './bench-database.js';
import { startChild } from './http/child.js';
import { createFixture } from './http/fixture.js';
import { measureReads } from './http/reads.js';
import { measureRsvps } from './http/rsvps.js';
import { preparePgbench } from './support/pgbench.js';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const profile = process.env.BENCH_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
if (!existsSync('dist/compiled/apps/api/src/create-api-app.js')) throw new Error('Run npm run build first.');
const BENCH_BUNDLE = 'dist/bench';
const servers = { api: here('./http/serve-api.mjs'), worker: here('./http/serve-worker.mjs') };
if (!process.env.BENCH_COMPILED) {
  await bundle(servers, BENCH_BUNDLE);
  Object.assign(servers, { api: `${BENCH_BUNDLE}/api.js`, worker: `${BENCH_BUNDLE}/worker.js` });
}

const database = await createBenchDatabase();
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
const pgbench = await preparePgbench(serverUrl.toString());
const secret = randomBytes(32).toString('hex');
// The children run as production does (the Dockerfile sets NODE_ENV): React's server build, no API docs, every
// secret production demands.
const env = {
  NODE_ENV: 'production',
  BENCH_CONTACT_KEY_SECRET: randomBytes(32).toString('hex'),
  BENCH_UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
  BENCH_CONNECTION_TOKEN_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  BENCH_DATABASE_URL: database.url,
  BENCH_JWT_SECRET: secret,
  BENCH_QUEUE_PREFIX: `neuland-bench-${randomBytes(4).toString('hex')}`,
};
const api = await startChild<{ port: number }>(servers.api, env, profile);
try {
  const jwt = new JwtService({
    secretOrKeyProvider: () => createSecretKey(Buffer.from(secret)),
    signOptions: { algorithm: 'HS256' },
  });
  const fixture = await createFixture(database.dataSource, jwt);
  const base = `http://127.0.0.1:${api.ready.port}`;
  await autocannon({ url: `${base}/bench/select-1`, connections: 16, duration: 1 });
  if (only !== 'rsvp') {
    const worker = await startChild(servers.worker, env);
    try {
      await measureReads(base, fixture, api, worker);
    } finally {
      await worker.stop();
    }
  }
  if (only !== 'reads') await measureRsvps(base, fixture, database.dataSource, pgbench, api.pid);
} finally {
  await api.stop();
  await pgbench.drop();
  await database.drop();
}
