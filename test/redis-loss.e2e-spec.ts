// Redis is a delivery mechanism, not a store: when it loses everything or goes away, Postgres has the rest.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { NotificationLedger, NotificationMailQueue } from '@neuland/notifications';
import { Clock } from '@neuland/config';
import { QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { type ControllableSmtp, startControllableSmtp } from './support/controllable-smtp.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { createMembers, ledgerStatuses } from './support/members.js';
import { type PrivateRedis, startPrivateRedis } from './support/private-redis.js';
import { testConfig } from './support/test-config.js';
import { startWorker } from './support/worker-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HOUR = 3_600_000;

describe('a Redis that loses its data or goes away', () => {
  let database: IsolatedDatabase;
  let smtp: ControllableSmtp;
  let redis: PrivateRedis;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    smtp = await startControllableSmtp();
    redis = await startPrivateRedis();
    worker = await startWorker(
      testConfig({
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        SMTP_URL: smtp.url,
        NOTIFICATIONS_SWEEP_MS: '300',
      }),
    );
  });
  afterAll(async () => {
    await worker.close();
    await redis.stop();
    await smtp.close();
    await database.close();
  });

  it('restores mails scheduled before a FLUSHALL and delivers each once, at its time', async () => {
    const members = await createMembers(database.pool, 3, { announce: false });
    const clock = worker.get(Clock);
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
    await worker.get(NotificationMailQueue).enqueue(scheduled);
    const mailQueue = worker.get<Queue>(getQueueToken(QUEUES.notificationMail), { strict: false });
    expect(await mailQueue.getDelayedCount()).toBe(3);

    await redis.flushAll();
    expect(await mailQueue.getDelayedCount()).toBe(0);

    clock.advance(HOUR);
    await sleep(1_500); // five sweeps: nothing is due yet, so nothing is sent
    expect(members.flatMap((member) => smtp.acceptedTo(member.email))).toHaveLength(0);

    clock.advance(HOUR);
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      20_000,
    );
    await sleep(1_500);
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect(
      await ledgerStatuses(
        database.pool,
        members.map((member) => member.id),
      ),
    ).toEqual({ sent: 3 });
  }, 60_000);

  it('handles a relayed event whose job Redis lost, and sends its welcome mail once', async () => {
    const members = await createMembers(database.pool, 2, { announce: false });
    // Relayed, then the job vanished with a FLUSHALL before any worker took it.
    for (const member of members) {
      await database.pool.query(
        `INSERT INTO outbox_event (topic, subject_id, payload, relayed_at)
         VALUES ('account.registered', $1, $2, now() - interval '1 minute')`,
        [member.id, JSON.stringify({ userId: member.id })],
      );
    }
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      20_000,
    );
    await sleep(1_500);
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 60_000);

  it('keeps outbox rows in Postgres while Redis is down and delivers each mail once when it is back', async () => {
    await redis.stop();
    const members = await createMembers(database.pool, 5);
    await sleep(2_000);
    const { rows } = await database.pool.query<{ waiting: string }>(
      `SELECT count(*) AS waiting FROM outbox_event WHERE relayed_at IS NULL AND subject_id = ANY($1::uuid[])`,
      [members.map((member) => member.id)],
    );
    expect(Number(rows[0]?.waiting)).toBe(5);

    await redis.start(); // empty: whatever the workers had in it is gone too
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      45_000,
    );
    await sleep(1_500);
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 90_000);
});
