import { describe, expect, it } from '@jest/globals';
import { JOBS, type JobItem, jobOptionsOf } from './job-map.js';
import {
  ACCOUNT_LINK_JOB_OPTIONS,
  DATA_EXPORT_JOB_OPTIONS,
  MAIL_DELIVERY_JOB_OPTIONS,
  OUTBOX_EVENT_JOB_OPTIONS,
} from './job-options.js';
import { QUEUES } from './queue-names.js';

const NOW = new Date('2026-12-03T18:30:15.250Z');
const HOUR = 3_600_000;
const ROW = '0b7e6f4c-3c4a-4c8e-9a59-2f1f7c0d1e2a';

const passwordReset = (addressKey: string): JobItem => ({
  name: 'password-reset-requested',
  data: { kind: 'password-reset-requested', email: 'ada@example.org' },
  addressKey,
});

describe('the job map', () => {
  it('gives a relayed outbox row the job id outbox-<rowId>, whoever relays it', () => {
    const item: JobItem = {
      name: 'plan-notifications',
      data: { outboxEventId: ROW, topic: 'rsvp.confirmed' },
    };
    expect(jobOptionsOf(item, NOW)).toEqual({ ...OUTBOX_EVENT_JOB_OPTIONS, jobId: `outbox-${ROW}` });
    expect(JOBS['plan-notifications'].queue).toBe(QUEUES.outboxEvents);
  });

  it('gives a ledger row the job id notification-<ledgerId>, delayed until it is due and never into the past', () => {
    const item = (dueAt: Date): JobItem => ({
      name: 'send-notification',
      data: { notificationId: ROW },
      dueAt,
    });
    expect(jobOptionsOf(item(new Date(NOW.getTime() + 2 * HOUR)), NOW)).toEqual({
      ...MAIL_DELIVERY_JOB_OPTIONS,
      jobId: `notification-${ROW}`,
      delay: 2 * HOUR,
    });
    expect(jobOptionsOf(item(new Date(NOW.getTime() - HOUR)), NOW)).toMatchObject({ delay: 0 });
    expect(JOBS['send-notification'].queue).toBe(QUEUES.notificationMail);
  });

  it('gives a requested export the job id data-export-<exportId>', () => {
    const item: JobItem = { name: 'build-export', data: { exportId: ROW } };
    expect(jobOptionsOf(item, NOW)).toEqual({ ...DATA_EXPORT_JOB_OPTIONS, jobId: `data-export-${ROW}` });
  });

  it('makes one account-link job per address and minute, however often it is asked', () => {
    const { jobId } = jobOptionsOf(passwordReset('key-of-ada'), NOW);
    expect(jobId).toBe(`password-reset-key-of-ada-${Math.floor(NOW.getTime() / 60_000)}`);
    expect(jobOptionsOf(passwordReset('key-of-ada'), new Date(NOW.getTime() + 40_000)).jobId).toBe(jobId);
    expect(jobOptionsOf(passwordReset('key-of-ada'), new Date(NOW.getTime() + 50_000)).jobId).not.toBe(jobId);
    expect(jobOptionsOf(passwordReset('key-of-bob'), NOW).jobId).not.toBe(jobId);
    expect(jobOptionsOf(passwordReset('key-of-ada'), NOW)).toMatchObject(ACCOUNT_LINK_JOB_OPTIONS);
  });

  it('checks a social proof again each time it is asked, and rechecks it once per due time', () => {
    const check: JobItem = { name: 'check-social-proof', data: { kind: 'check', proofId: ROW } };
    expect(jobOptionsOf(check, NOW).jobId).toBe(`social-proof-${ROW}-${NOW.getTime()}`);
    expect(jobOptionsOf(check, new Date(NOW.getTime() + 1)).jobId).not.toBe(jobOptionsOf(check, NOW).jobId);
    const dueAt = new Date('2026-12-04T00:00:00Z');
    const recheck: JobItem = { name: 'recheck-social-proof', data: { kind: 'check', proofId: ROW }, dueAt };
    expect(jobOptionsOf(recheck, NOW).jobId).toBe(`social-recheck-${ROW}-${dueAt.getTime()}`);
    expect(jobOptionsOf(recheck, new Date(NOW.getTime() + HOUR)).jobId).toBe(
      jobOptionsOf(recheck, NOW).jobId,
    );
  });

  it('never builds a job id BullMQ would refuse (a colon, a bare integer)', () => {
    const { jobId } = jobOptionsOf(passwordReset('a:b'), NOW);
    expect(jobId).not.toContain(':');
    expect(jobId).not.toMatch(/^\d+$/);
  });

  it('puts every job on a known queue, with retries, a backoff and a bounded history', () => {
    const onUnknownQueues = Object.entries(JOBS).filter(
      ([, job]) => !(Object.values(QUEUES) as string[]).includes(job.queue),
    );
    expect(onUnknownQueues).toEqual([]);
    for (const [name, job] of Object.entries(JOBS)) {
      expect({ name, options: job.options }).toEqual({
        name,
        options: expect.objectContaining({
          attempts: expect.any(Number),
          backoff: expect.objectContaining({ type: 'exponential' }),
          removeOnComplete: expect.objectContaining({ age: expect.any(Number), count: expect.any(Number) }),
          removeOnFail: expect.objectContaining({ age: expect.any(Number), count: expect.any(Number) }),
        }),
      });
    }
  });

  it('gives every job a deterministic id but the ticks of a job scheduler, which BullMQ names itself', () => {
    const withoutId = Object.entries(JOBS)
      .filter(([, job]) => !('id' in job))
      .map(([name]) => name);
    const scheduled = Object.entries(JOBS)
      .filter(([, job]) => 'scheduler' in job)
      .map(([name]) => name);
    expect(withoutId).toEqual(scheduled);
    expect(scheduled).toEqual([
      'find-due-social-rechecks',
      'find-due-connection-reads',
      'sweep-notifications',
    ]);
  });

  it('does not compile a job with the wrong name, data or id inputs', () => {
    const items: JobItem[] = [
      // @ts-expect-error: a mail job names a ledger row, not an export
      { name: 'send-notification', data: { exportId: ROW }, dueAt: NOW },
      // @ts-expect-error: a mail job's delay needs the row's due time
      { name: 'send-notification', data: { notificationId: ROW } },
      // @ts-expect-error: no such job
      { name: 'send', data: { notificationId: ROW }, dueAt: NOW },
      // @ts-expect-error: options come from the map, not from the producer
      { name: 'build-export', data: { exportId: ROW }, opts: { attempts: 1 } },
    ];
    expect(items).toHaveLength(4);
  });
});
