// Jobs against real Redis (a queue prefix of the test's own): an item enqueued twice is one job, each item lands on
// its job's queue with the map's id and options, and a job scheduler is created once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { type JobItem, Jobs, MAIL_DELIVERY_JOB_OPTIONS, QUEUES, type QueueName } from '@neuland/queue';
import type { Queue } from 'bullmq';
import { type Medium, startMedium } from '../support/medium.js';

const HOUR = 3_600_000;

describe('queuing work through Jobs', () => {
  let medium: Medium;
  let jobs: Jobs;
  const queue = (name: QueueName) => medium.app.get<Queue>(getQueueToken(name), { strict: false });

  beforeAll(async () => {
    medium = await startMedium({});
    jobs = medium.app.get(Jobs);
  });
  afterAll(async () => {
    for (const name of Object.values(QUEUES)) await queue(name).obliterate({ force: true });
    await medium.close();
  });

  it('adds a ledger row once however often it is enqueued, delayed until due, with the mail options', async () => {
    const notificationId = randomUUID();
    const item: JobItem = {
      name: 'send-notification',
      data: { notificationId },
      dueAt: new Date(Date.now() + HOUR),
    };
    await jobs.enqueue(item);
    await jobs.enqueueBulk([item, item]);

    expect(await queue(QUEUES.notificationMail).getDelayedCount()).toBe(1);
    const job = await jobs.find(item);
    expect(job).toMatchObject({
      id: `notification-${notificationId}`,
      name: 'send-notification',
      data: { notificationId },
      queueName: QUEUES.notificationMail,
      opts: expect.objectContaining({
        attempts: MAIL_DELIVERY_JOB_OPTIONS.attempts,
        backoff: MAIL_DELIVERY_JOB_OPTIONS.backoff,
      }),
    });
    expect(job!.delay).toBeGreaterThan(HOUR - 60_000);
    expect(await job!.getState()).toBe('delayed');
  });

  it('sends each item of one bulk to its own job queue', async () => {
    const outboxEventId = randomUUID();
    const exportId = randomUUID();
    await jobs.enqueueBulk([
      { name: 'plan-notifications', data: { outboxEventId, topic: 'rsvp.confirmed' } },
      { name: 'build-export', data: { exportId } },
    ]);

    expect(await queue(QUEUES.outboxEvents).getJob(`outbox-${outboxEventId}`)).toMatchObject({
      name: 'plan-notifications',
      data: { outboxEventId, topic: 'rsvp.confirmed' },
    });
    expect(await queue(QUEUES.dataExports).getJob(`data-export-${exportId}`)).toMatchObject({
      name: 'build-export',
      data: { exportId },
    });
  });

  it('creates a job scheduler once, and replaces it only for another interval', async () => {
    const sweep: JobItem & { name: 'sweep-notifications' } = { name: 'sweep-notifications', data: {} };
    await jobs.schedule(sweep, { every: HOUR });
    const created = await queue(QUEUES.notificationSweep).getJobScheduler('sweep-notifications');
    expect(created).toMatchObject({ name: 'sweep-notifications', every: HOUR });

    await jobs.schedule(sweep, { every: HOUR });
    expect(await queue(QUEUES.notificationSweep).getJobScheduler('sweep-notifications')).toEqual(created);

    await jobs.schedule(sweep, { every: 2 * HOUR });
    expect(await queue(QUEUES.notificationSweep).getJobScheduler('sweep-notifications')).toMatchObject({
      every: 2 * HOUR,
    });
  });
});
