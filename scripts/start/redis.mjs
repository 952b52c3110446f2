import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { answers, freePort } from './ports.mjs';

/** The configured Redis, the local server at the default address, or a redis-server from PATH with data in var/redis. */
export async function provideRedis(env) {
  if (env.REDIS_URL) return { description: 'the configured one (REDIS_URL)' };
  if (await answers('127.0.0.1', 6379)) {
    env.REDIS_URL = 'redis://127.0.0.1:6379';
    return { description: 'the local server (redis://127.0.0.1:6379)' };
  }
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'Redis: nothing answers at 127.0.0.1:6379 and there is no redis-server on PATH. ' +
        'Start one with `docker compose up -d redis`, or install it (Debian/Ubuntu: `apt-get install redis-server`, macOS: `brew install redis`), or set REDIS_URL.',
    );
  }
  mkdirSync('var/redis', { recursive: true });
  const port = await freePort(6380);
  // BullMQ needs noeviction; an append-only file keeps queued jobs across restarts.
  const redis = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      'var/redis',
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50 && !(await answers('127.0.0.1', port)); attempt += 1) {
    await new Promise((done) => setTimeout(done, 100));
  }
  env.REDIS_URL = `redis://127.0.0.1:${port}`;
  return {
    description: `started redis-server on port ${port} (data in var/redis)`,
    stop: () =>
      new Promise((done) => {
        redis.once('exit', done);
        redis.kill('SIGTERM');
      }),
  };
}
