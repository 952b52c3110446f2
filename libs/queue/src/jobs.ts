import type { Clock } from '@neuland/config';
import type { Job, Queue } from 'bullmq';
import { type JobItem, jobDefinitionOf, jobOptionsOf, type ScheduledJobItem } from './job-map.js';
import type { QueueName } from './queue-names.js';

/**
 * The one way to queue work: `jobs.enqueue({ name: 'build-export', data: { exportId } })`. The job map decides the
 * queue, the id and the options.
 */
export class Jobs {
  constructor(
    private readonly queues: ReadonlyMap<QueueName, Queue>,
    private readonly clock: Clock,
  ) {}

  async enqueue(item: JobItem): Promise<void> {
    await this.queueOf(item).add(item.name, item.data, jobOptionsOf(item, this.clock.now()));
  }

  /** One round trip per queue; an empty list adds nothing. */
  async enqueueBulk(items: readonly JobItem[]): Promise<void> {
    const now = this.clock.now();
    const byQueue = new Map<Queue, JobItem[]>();
    for (const item of items) {
      const queue = this.queueOf(item);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), item]);
    }
    for (const [queue, queued] of byQueue) {
      await queue.addBulk(
        queued.map((item) => ({ name: item.name, data: item.data, opts: jobOptionsOf(item, now) })),
      );
    }
  }

  /** The job Redis holds under the id `item` would get, if any (finished ones too, while they are kept). */
  async find(item: JobItem): Promise<Job | undefined> {
    const { jobId } = jobOptionsOf(item, this.clock.now());
    if (!jobId) throw new Error(`${item.name} jobs have no id to find them by`);
    return this.queueOf(item).getJob(jobId);
  }

  /**
   * Makes sure the job scheduler of a repeating job exists, with this interval. Checked, not blindly upserted:
   * upserting an existing scheduler moves its next run, so asking often would starve it.
   */
  async schedule(item: ScheduledJobItem, { every }: { every: number }): Promise<void> {
    const { scheduler, options } = jobDefinitionOf(item);
    const queue = this.queueOf(item);
    const existing = await queue.getJobScheduler(scheduler!);
    if (existing && Number(existing.every) === every) return;
    await queue.upsertJobScheduler(
      scheduler!,
      { every },
      { name: item.name, data: item.data, opts: options },
    );
  }

  private queueOf(item: JobItem): Queue {
    const name = jobDefinitionOf(item).queue;
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`The queue ${name} is not registered`);
    return queue;
  }
}
