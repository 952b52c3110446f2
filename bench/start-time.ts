// `npm run bench:start`: how long the built API takes from process start to its first 200 on /health, three
// starts on a fresh, migrated database, the median counted. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createBenchDatabase } from './bench-database.js';
import { limitRow } from './support/rows.js';

// BENCH_START_ENTRY=dist/compiled/apps/api/src/main.js measures the compiled files without the bundle.
const MAIN = process.env.BENCH_START_ENTRY ?? 'dist/bundle/api.js';
const STARTS = 3;
const GIVE_UP_MS = 30_000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function healthyAfter(databaseUrl: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `neuland-bench-${randomBytes(4).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      CONTACT_KEY_SECRET: randomBytes(32).toString('hex'),
      CONNECTION_TOKEN_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
      APP_URL: 'http://neuland.bench',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
      const status = await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no 200 on /health within ${GIVE_UP_MS / 1000} s`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

if (!existsSync(MAIN)) {
  limitRow('start: built API healthy after', 0, 'ms', 1500, `${MAIN} is missing: run npm run build first`);
} else {
  const database = await createBenchDatabase();
  try {
    const times: number[] = [];
    for (let start = 0; start < STARTS; start += 1) times.push(await healthyAfter(database.url));
    times.sort((a, b) => a - b);
    console.log(`starts until /health answered 200: ${times.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
    limitRow('start: built API answers /health with 200 after', Math.round(times[1]), 'ms', 1500);
  } finally {
    await database.drop();
  }
}
