// A Redis server of the test's own, on a free port: the one place a test may FLUSHALL or stop Redis.
// Never the shared 127.0.0.1:6379, where other engineers' tests keep their queues.
import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port.js';

export interface PrivateRedis {
  url: string;
  flushAll: () => Promise<void>;
  stop: () => Promise<void>;
  /** Starts again on the same port, empty. */
  start: () => Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;

  const start = async () => {
    server = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    // Commands wait in ioredis's offline queue until the server answers.
    const client = new Redis({
      port,
      host: '127.0.0.1',
      retryStrategy: () => 50,
      maxRetriesPerRequest: null,
    });
    const timeout = setTimeout(() => client.disconnect(), 10_000);
    try {
      await client.ping();
    } finally {
      clearTimeout(timeout);
    }
    client.disconnect();
  };

  const stop = async () => {
    const running = server;
    server = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    flushAll: async () => {
      const client = new Redis({ port, host: '127.0.0.1' });
      await client.flushall();
      client.disconnect();
    },
    stop,
    start,
  };
}
