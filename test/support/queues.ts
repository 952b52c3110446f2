// Waiting for the worker to finish what it was given: the queues of a test's own prefix hold nothing to do.
import type { AppConfig } from '@neuland/config';
import { createRedisClient, QUEUES, type QueueName } from '@neuland/queue';
import { Queue } from 'bullmq';
import { until } from './until.js';

/** Every queue but the sweeper's: its scheduler always has a next tick waiting; tests run the sweeper themselves. */
export const WORK_QUEUES: QueueName[] = Object.values(QUEUES).filter(
  (name) => name !== QUEUES.notificationSweep,
);

/**
 * Resolves once none of `queues` (under the config's queue prefix) has a job waiting, running, or delayed
 * until a moment that has passed. Jobs delayed into the future (a mail due tomorrow, a retry's backoff) do not
 * count: they are not work the system could do now.
 */
export async function drainQueues(
  config: Pick<AppConfig, 'redis'>,
  queues: QueueName[] = WORK_QUEUES,
  { timeoutMs = 20_000 }: { timeoutMs?: number } = {},
): Promise<void> {
  await withQueues(config, queues, (opened) =>
    until(async () => (await Promise.all(opened.map(busyJobs))).every((count) => count === 0), {
      what: `the queues ${queues.join(', ')} (prefix ${config.redis.queuePrefix}) to drain`,
      timeoutMs,
    }),
  );
}

/** Runs `use` with `queues` opened under the config's queue prefix on one connection of its own, closed after. */
export async function withQueues<T>(
  config: Pick<AppConfig, 'redis'>,
  queues: QueueName[],
  use: (opened: Queue[]) => Promise<T>,
): Promise<T> {
  const connection = createRedisClient(config.redis, 'neuland-test-queues');
  const opened = queues.map((name) => new Queue(name, { connection, prefix: config.redis.queuePrefix }));
  try {
    return await use(opened);
  } finally {
    await Promise.all(opened.map((queue) => queue.close()));
    connection.disconnect();
  }
}

async function busyJobs(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
  // Delayed jobs count only once due: scheduled strictly before the next millisecond.
  const dueDelayed = await queue.getDelayedCount(Date.now() + 1);
  return Object.values(counts).reduce((sum, count) => sum + count, dueDelayed);
}
