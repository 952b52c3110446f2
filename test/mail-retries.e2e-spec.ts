// Delivery through the ledger when the SMTP server misbehaves: refuses for now, refuses for good, is down.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { notificationJobId, OutboxRelay } from '@neuland/notifications';
import { QUEUES } from '@neuland/queue';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { type ControllableSmtp, startControllableSmtp } from './support/controllable-smtp.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { createMembers, ledgerStatuses } from './support/members.js';
import { testConfig } from './support/test-config.js';
import { startWorker } from './support/worker-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mail delivery when the SMTP server misbehaves', () => {
  let database: IsolatedDatabase;
  let smtp: ControllableSmtp;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    smtp = await startControllableSmtp();
    const config = testConfig({
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      NOTIFICATIONS_SWEEP_MS: '500',
      MAIL_PER_SECOND: '100',
    });
    worker = await startWorker(config);
  });
  afterAll(async () => {
    await worker.close();
    await smtp.close();
    await database.close();
  });

  const ledgerRow = async (recipientId: string) =>
    (
      await database.pool.query<{ status: string; attempts: number; last_error: string | null; id: string }>(
        `SELECT id, status, attempts, last_error FROM notification WHERE recipient_id = $1`,
        [recipientId],
      )
    ).rows[0];

  it('delivers every mail once after the SMTP server was down for a while, none lost, none twice', async () => {
    await smtp.goDown();
    const members = await createMembers(database.pool, 12);
    await sleep(3_000);
    const whileDown = await ledgerStatuses(
      database.pool,
      members.map((member) => member.id),
    );
    expect(whileDown).toEqual({ pending: 12 });
    expect((await ledgerRow(members[0].id)).last_error).toMatch(/ECONNREFUSED|ECONNECTION/);

    await smtp.comeBack();
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      60_000,
    );
    await sleep(1_500);
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect(
      await ledgerStatuses(
        database.pool,
        members.map((member) => member.id),
      ),
    ).toEqual({ sent: 12 });
  }, 90_000);

  it('retries a mail the server answered 451 and sends it once the server accepts', async () => {
    smtp.setMode('refuse-transient');
    const [member] = await createMembers(database.pool, 1);
    for (let waited = 0; (await ledgerRow(member.id).catch(() => undefined))?.attempts !== 2; waited += 50) {
      if (waited > 20_000) throw new Error('the mail was not retried');
      await sleep(50);
    }
    expect((await ledgerRow(member.id)).last_error).toContain('451');
    smtp.setMode('accept');
    await smtp.waitForMailTo([member.email], 30_000);
    await sleep(1_000);
    expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect((await ledgerRow(member.id)).status).toBe('sent');
  }, 60_000);

  it('records a 550 refusal as failed after one attempt and never retries it', async () => {
    const [member] = await createMembers(database.pool, 1);
    smtp.refusePermanently(member.email);
    for (
      let waited = 0;
      (await ledgerRow(member.id).catch(() => undefined))?.status !== 'failed';
      waited += 50
    ) {
      if (waited > 20_000) throw new Error('the refusal was not recorded');
      await sleep(50);
    }
    await sleep(3_000); // backoff would have retried by now, and the sweeper has run several times
    const row = await ledgerRow(member.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toContain('550');
    const queue = worker.get<Queue>(getQueueToken(QUEUES.notificationMail), { strict: false });
    expect(await (await queue.getJob(notificationJobId(row.id)))!.getState()).toBe('failed');
  }, 60_000);

  it('enqueues an outbox row once although the relay runs twice for it', async () => {
    const [member] = await createMembers(database.pool, 1);
    const relay = worker.get(OutboxRelay);
    await relay.relayOutbox();
    const [event] = (
      await database.pool.query<{ id: string }>(`SELECT id FROM outbox_event WHERE subject_id = $1`, [
        member.id,
      ])
    ).rows;
    // As if the relay had crashed after Redis accepted the job but before its commit.
    await database.pool.query(`UPDATE outbox_event SET relayed_at = NULL WHERE id = $1`, [event.id]);
    await relay.relayOutbox();
    const queue = worker.get<Queue>(getQueueToken(QUEUES.outboxEvents), { strict: false });
    const counts = await queue.getJobCounts();
    const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed']);
    expect(jobs.filter((job) => job.data.outboxEventId === event.id)).toHaveLength(1);
    expect(counts.failed).toBe(0);
    await smtp.waitForMailTo([member.email]);
    await sleep(1_000);
    expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 30_000);

  it('keeps a display name with a line break inside its header: no header can be added', async () => {
    const [member] = await createMembers(database.pool, 1, {
      displayName: () => 'Mallory\r\nBcc: victim@example.org\r\nSubject: pwned',
    });
    await smtp.waitForMailTo([member.email]);
    const [mail] = smtp.acceptedTo(member.email);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.subject).toBe('Willkommen bei Neuland');
    expect(smtp.acceptedTo('victim@example.org')).toHaveLength(0);
    expect([mail.to].flat()[0]!.value[0].name).toBe('Mallory Bcc: victim@example.org Subject: pwned');
  }, 30_000);
});

describe('the mail rate limit', () => {
  it('sends no more mails per second than MAIL_PER_SECOND', async () => {
    const database = await createIsolatedDatabase();
    const smtp = await startControllableSmtp();
    const worker = await startWorker(
      testConfig({ DATABASE_URL: database.url, SMTP_URL: smtp.url, MAIL_PER_SECOND: '4' }),
    );
    try {
      const members = await createMembers(database.pool, 12);
      const started = Date.now();
      await smtp.waitForMailTo(
        members.map((member) => member.email),
        30_000,
      );
      // 12 mails at 4 per second: three windows, so at least two full seconds.
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    } finally {
      await worker.close();
      await smtp.close();
      await database.close();
    }
  }, 60_000);
});
