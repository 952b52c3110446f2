// A Redis connection closed in the moments it waits for its next reconnect attempt (Redis away, or just back and not
// yet found) must end: before, a worker closed then never finished closing, and a test's afterAll hung.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { endClientsClosedWhileReconnecting, reconnectDelayMs, redisOptionsFromUrl } from '@neuland/queue';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis.js';
import { until } from '../support/until.js';

// A client waits this long before its next attempt once Redis has been away a while: its longest wait.
const LONGEST_RECONNECT_DELAY_MS = reconnectDelayMs(Number.MAX_SAFE_INTEGER);
const CLOSE_LIMIT_MS = LONGEST_RECONNECT_DELAY_MS + 3_000;

describe('closing a Redis connection that waits to reconnect', () => {
  let redis: PrivateRedis;
  const waitingLongestToReconnect = () => ({
    ...redisOptionsFromUrl(redis.url),
    retryStrategy: () => LONGEST_RECONNECT_DELAY_MS,
  });

  beforeAll(async () => {
    endClientsClosedWhileReconnecting();
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('ends the client and rejects the commands it held', async () => {
    const client = new Redis(waitingLongestToReconnect());
    client.on('error', () => undefined);
    await client.ping();
    await redis.stop();
    await until(() => client.status === 'reconnecting', { what: 'the client to wait for its next attempt' });
    const held = client.get('anything').then(
      () => 'answered',
      (error: Error) => error.message,
    );

    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    client.disconnect();
    const endedInTime = await settlesWithin(ended, CLOSE_LIMIT_MS);
    await redis.start();

    expect(endedInTime).toBe('settled');
    expect(client.status).toBe('end');
    expect(await held).toBe('Connection is closed.');
  });

  it('lets a BullMQ worker finish closing when Redis is back but its connections have not found it yet', async () => {
    const worker = new Worker(`closing-${randomUUID()}`, async () => undefined, {
      connection: waitingLongestToReconnect(),
      prefix: `test-${randomUUID()}`,
    });
    let refused = false;
    worker.on('error', (error) => {
      refused ||= /ECONNREFUSED/.test(error.message);
    });
    await worker.waitUntilReady();
    await until(() => worker.isRunning(), { what: 'the worker to wait for jobs' });
    await redis.stop();
    // Once an attempt has been refused, the connections wait for their next one.
    await until(() => refused, { what: 'a refused reconnect attempt', timeoutMs: 2 * CLOSE_LIMIT_MS });
    await redis.start();

    // A command in flight when Redis went away is sent again once its connection is back: within the delay.
    expect(await settlesWithin(worker.close(), CLOSE_LIMIT_MS)).toBe('settled');
  });
});

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  let settled = false;
  const outcome = promise.finally(() => {
    settled = true;
  });
  // Still rejects where it is awaited; left pending, a later failure is no unhandled rejection.
  outcome.catch(() => undefined);
  const inTime = await until(() => settled, { what: 'the promise to settle', timeoutMs: ms }).then(
    () => true,
    () => false,
  );
  if (!inTime) return 'pending';
  await outcome;
  return 'settled';
}
