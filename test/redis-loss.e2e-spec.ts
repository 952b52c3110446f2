// Redis is a delivery mechanism, not a store: when it loses everything or goes away, Postgres has the rest.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mailJobsFor, NotificationLedger, OutboxRelay } from '@neuland/notifications';
import { Jobs, QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ledgerStatuses, waitForLedger } from './support/ledger.js';
import { makeMembers } from './support/members.js';
import { startPipeline, type WorkerPipeline } from './support/pipeline.js';
import { type PrivateRedis, startPrivateRedis } from './support/private-redis.js';
import { until } from './support/until.js';

const HOUR = 3_600_000;
// BullMQ's own reconnect schedule waits 1 s six times, then e^7…e^9 ms, then 20 s: past 18 s down, the next try is 20 s away.
const LONG_OUTAGE_MS = 20_000;

describe('a Redis that loses its data or goes away', () => {
  let redis: PrivateRedis;
  let pipeline: WorkerPipeline;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    pipeline = await startPipeline({ api: false, env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await pipeline.close();
    await redis.stop();
  });

  it('restores mails scheduled before a FLUSHALL and delivers each once, at its time', async () => {
    const { worker, clock, smtp, pool } = pipeline;
    const members = await makeMembers(pipeline, 3, { announce: false });
    const dueAt = new Date(clock.now().getTime() + 2 * HOUR);
    // Scheduled the way every timed mail is: a ledger row in Postgres, then a delayed job in Redis.
    // (The welcome template stands in for a reminder: the ledger and the sweeper do not look at the kind.)
    const dataSource = worker.get<DataSource>(getDataSourceToken(), { strict: false });
    const scheduled = await dataSource.transaction((manager) =>
      worker.get(NotificationLedger).schedule(
        manager,
        members.map((member) => ({
          kind: 'welcome' as const,
          recipientId: member.id,
          subjectId: member.id,
          occurrence: 'in-two-hours',
          dueAt,
        })),
      ),
    );
    await worker.get(Jobs).enqueueBulk(mailJobsFor(scheduled));
    const mailQueue = worker.get<Queue>(getQueueToken(QUEUES.notificationMail), { strict: false });
    expect(await mailQueue.getDelayedCount()).toBe(3);

    await redis.flushAll();
    expect(await mailQueue.getDelayedCount()).toBe(0);

    clock.advance(HOUR);
    await pipeline.catchUp(); // nothing is due yet, so nothing is sent
    expect(members.flatMap((member) => smtp.acceptedTo(member.email))).toHaveLength(0);

    clock.advance(HOUR);
    await pipeline.sweep();
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      20_000,
    );
    await waitForLedger(
      pool,
      { recipientId: members.map((member) => member.id), status: 'sent' },
      { count: 3 },
    );
    await pipeline.catchUp();
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect(
      await ledgerStatuses(
        pool,
        members.map((member) => member.id),
      ),
    ).toEqual({ sent: 3 });
  }, 60_000);

  it('handles a relayed event whose job Redis lost, and sends its welcome mail once', async () => {
    const { smtp, pool } = pipeline;
    const members = await makeMembers(pipeline, 2, { announce: false });
    // Relayed, then the job vanished with a FLUSHALL before any worker took it.
    for (const member of members) {
      await pool.query(
        `INSERT INTO outbox_event (topic, subject_id, payload, relayed_at)
         VALUES ('account.registered', $1, $2, now() - interval '1 minute')`,
        [member.id, JSON.stringify({ userId: member.id })],
      );
    }
    await pipeline.sweep();
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      20_000,
    );
    await pipeline.catchUp();
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 60_000);

  it('keeps outbox rows in Postgres while Redis is down and delivers each mail once when it is back', async () => {
    const { worker, smtp, pool } = pipeline;
    await redis.stop();
    const members = await makeMembers(pipeline, 5);
    // A relay attempt while Redis is down: it gives up (after its own time limit) and leaves the rows as they
    // were. The worker's own relay loop may hold the rows at that moment; then this one finds none and tries again.
    const failure = await until(
      () =>
        worker
          .get(OutboxRelay)
          .relayOutbox()
          .then(
            () => undefined,
            (error: Error) => error,
          ),
      { what: 'a relay attempt to fail while Redis is down', timeoutMs: 30_000 },
    );
    expect(failure.message).toMatch(/Redis did not accept/);
    const { rows } = await pool.query<{ waiting: string }>(
      `SELECT count(*) AS waiting FROM outbox_event WHERE relayed_at IS NULL AND subject_id = ANY($1::uuid[])`,
      [members.map((member) => member.id)],
    );
    expect(Number(rows[0]?.waiting)).toBe(5);

    await redis.start(); // empty: whatever the workers had in it is gone too
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      45_000,
    );
    await waitForLedger(
      pool,
      { recipientId: members.map((member) => member.id), status: 'sent' },
      { count: 5 },
    );
    await pipeline.catchUp();
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 90_000);

  it('takes work again within seconds of Redis coming back from a long outage', async () => {
    const { smtp } = pipeline;
    await redis.stop();
    const members = await makeMembers(pipeline, 2);
    // The outage itself is what is under test (a wait on time, not on a condition).
    await new Promise((resolve) => setTimeout(resolve, LONG_OUTAGE_MS));

    await redis.start();
    const backAt = Date.now();
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      45_000,
    );
    // Each connection tries again at most 2 s after its last attempt; the rest is relaying, planning and sending.
    expect(Date.now() - backAt).toBeLessThan(10_000);
    await pipeline.catchUp();
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 90_000);
});
