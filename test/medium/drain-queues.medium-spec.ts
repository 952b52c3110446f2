// drainQueues is what every "nothing else was sent" assertion stands on: were it to return while work waits, those
// assertions would pass for a system that is about to send. Real Redis, a queue prefix of the test's own.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { QUEUES, redisOptionsFromUrl } from '@neuland/queue';
import { Queue } from 'bullmq';
import { drainQueues } from '../support/queues.js';
import { testConfig } from '../support/test-config.js';

const config = testConfig();
let queue: Queue;

beforeAll(() => {
  queue = new Queue(QUEUES.accounts, {
    connection: redisOptionsFromUrl(config.redis.url),
    prefix: config.redis.queuePrefix,
  });
});
afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
});

it('waits while a job waits, and not for a job delayed into the future', async () => {
  await drainQueues(config, undefined, { timeoutMs: 200 });
  await queue.add('later', {}, { delay: 60_000 });
  await drainQueues(config, undefined, { timeoutMs: 200 });

  const waiting = await queue.add('now', {});
  await expect(drainQueues(config, undefined, { timeoutMs: 200 })).rejects.toThrow(/to drain/);
  await waiting.remove();
  await drainQueues(config, undefined, { timeoutMs: 200 });
});
