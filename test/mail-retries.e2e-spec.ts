// Delivery through the ledger when the SMTP server misbehaves: refuses for now, refuses for good, is down.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { OutboxRelay } from '@neuland/notifications';
import { Jobs, QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import { ledgerRows, ledgerStatuses, waitForLedger } from './support/ledger.js';
import { makeMembers } from './support/members.js';
import { startPipeline, type WorkerPipeline } from './support/pipeline.js';

describe('mail delivery when the SMTP server misbehaves', () => {
  let pipeline: WorkerPipeline;

  beforeAll(async () => {
    pipeline = await startPipeline({ api: false });
  });
  afterAll(() => pipeline.close());

  const ledgerRow = async (recipientId: string) => (await ledgerRows(pipeline.pool, { recipientId }))[0];
  it('delivers every mail once after the SMTP server was down for a while, none lost, none twice', async () => {
    const { smtp, pool } = pipeline;
    await smtp.goDown();
    const members = await makeMembers(pipeline, 12);
    const ids = members.map((member) => member.id);
    const whileDown = await waitForLedger(
      pool,
      { recipientId: ids },
      { count: 12, holds: (rows) => rows.every((row) => row.attempts >= 1) },
    );
    expect(await ledgerStatuses(pool, ids)).toEqual({ pending: 12 });
    for (const row of whileDown) expect(row.last_error).toMatch(/ECONNREFUSED|ECONNECTION/);

    await smtp.comeBack();
    await smtp.waitForMailTo(
      members.map((member) => member.email),
      60_000,
    );
    await waitForLedger(pool, { recipientId: ids, status: 'sent' }, { count: 12 });
    await pipeline.catchUp();
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect(await ledgerStatuses(pool, ids)).toEqual({ sent: 12 });
  }, 90_000);

  it('retries a mail the server answered 451 and sends it once the server accepts', async () => {
    const { smtp, pool } = pipeline;
    smtp.setMode('refuse-transient');
    const [member] = await makeMembers(pipeline, 1);
    await waitForLedger(pool, { recipientId: member.id }, { holds: ([row]) => row.attempts >= 2 });
    expect((await ledgerRow(member.id)).last_error).toContain('451');
    smtp.setMode('accept');
    await smtp.waitForMailTo([member.email], 30_000);
    await waitForLedger(pool, { recipientId: member.id, status: 'sent' });
    await pipeline.catchUp();
    expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect((await ledgerRow(member.id)).status).toBe('sent');
  }, 60_000);

  it('records a 550 refusal as failed after one attempt and never retries it', async () => {
    const { smtp, pool, worker } = pipeline;
    const [member] = await makeMembers(pipeline, 1);
    smtp.refusePermanently(member.email);
    await waitForLedger(pool, { recipientId: member.id, status: 'failed' });
    // Neither a backoff nor the sweeper brings it back.
    await pipeline.catchUp();
    const row = await ledgerRow(member.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toContain('550');
    const job = await worker
      .get(Jobs)
      .find({ name: 'send-notification', data: { notificationId: row.id }, dueAt: row.due_at });
    expect(await job!.getState()).toBe('failed');
    expect(smtp.acceptedTo(member.email)).toHaveLength(0);
  }, 60_000);

  it('enqueues an outbox row once although the relay runs twice for it', async () => {
    const { smtp, pool, worker } = pipeline;
    const [member] = await makeMembers(pipeline, 1);
    const relay = worker.get(OutboxRelay);
    await relay.relayOutbox();
    const [event] = (
      await pool.query<{ id: string }>(`SELECT id FROM outbox_event WHERE subject_id = $1`, [member.id])
    ).rows;
    // As if the relay had crashed after Redis accepted the job but before its commit.
    await pool.query(`UPDATE outbox_event SET relayed_at = NULL WHERE id = $1`, [event.id]);
    await relay.relayOutbox();
    const queue = worker.get<Queue>(getQueueToken(QUEUES.outboxEvents), { strict: false });
    const counts = await queue.getJobCounts();
    const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed']);
    expect(jobs.filter((job) => job.data.outboxEventId === event.id)).toHaveLength(1);
    expect(counts.failed).toBe(0);
    await smtp.waitForMailTo([member.email]);
    await pipeline.catchUp();
    expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 30_000);

  it('keeps a display name with a line break inside its header: no header can be added', async () => {
    const { smtp } = pipeline;
    const [member] = await makeMembers(pipeline, 1, {
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
    const pipeline = await startPipeline({ api: false, env: { MAIL_PER_SECOND: '4' } });
    try {
      const members = await makeMembers(pipeline, 12);
      const started = Date.now();
      await pipeline.smtp.waitForMailTo(
        members.map((member) => member.email),
        30_000,
      );
      // 12 mails at 4 per second: three windows, so at least two full seconds.
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    } finally {
      await pipeline.close();
    }
  }, 60_000);
});
