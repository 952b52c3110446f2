// The worker as a real child process, killed without warning in the middle of a batch of mails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@neuland/config';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { ledgerStatuses, waitForLedger } from './support/ledger.js';
import { makeMembers } from './support/members.js';
import { drainQueues } from './support/queues.js';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { testConfig } from './support/test-config.js';
import { until } from './support/until.js';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

describe('a worker that dies mid-batch', () => {
  let database: IsolatedDatabase;
  let smtp: SmtpCapture;
  const running: WorkerProcess[] = [];

  // The test's own view of the worker's configuration: its queue prefix, and the key its members are made with.
  let config: AppConfig;
  const workerEnv = () => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    REDIS_URL: config.redis.url,
    QUEUE_PREFIX: config.redis.queuePrefix,
    SMTP_URL: smtp.url,
    MAIL_PER_SECOND: '1000',
    OUTBOX_POLL_MS: '100',
    NOTIFICATIONS_SWEEP_MS: '500',
    SHUTDOWN_GRACE_MS: '2000',
    APP_URL: 'http://neuland.test',
  });
  let env: Record<string, string>;

  const start = () => {
    const worker = startWorkerProcess(env);
    running.push(worker);
    return worker;
  };

  const stopAll = async () => {
    for (const worker of running.splice(0)) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
  };

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    smtp = await startSmtpCapture({ delayMs: 15 });
    config = testConfig({ DATABASE_URL: database.url, SMTP_URL: smtp.url });
    env = workerEnv();
  });
  afterAll(async () => {
    await stopAll();
    await smtp.close();
    await database.close();
  });

  it('delivers every mail exactly once after a SIGKILL in the middle of sending and a restart', async () => {
    const members = await makeMembers({ pool: database.pool, config }, 40);
    const addresses = members.map((member) => member.email);

    const first = start();
    await until(() => smtp.messages.length >= 10, { what: 'the first ten mails', timeoutMs: 60_000 });
    // From now on the server keeps every SMTP transaction waiting for its 250: those mails are in flight.
    smtp.setMode('hold');
    await until(() => smtp.held() > 0, { what: 'a mail in flight' });
    // Mails accepted just before the hold are recorded in the ledger before the kill.
    await waitForLedger(
      database.pool,
      { recipientId: members.map((member) => member.id), status: 'sent' },
      { count: smtp.messages.length },
    );
    first.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    smtp.dropHeld();
    smtp.setMode('accept');

    const before = await ledgerStatuses(
      database.pool,
      members.map((member) => member.id),
    );
    expect(before.sent ?? 0).toBeGreaterThanOrEqual(10);
    expect(before.sent ?? 0).toBeLessThan(40);
    expect(before.pending ?? 0).toBeGreaterThan(0);

    start();
    await smtp.waitForMailTo(addresses, 90_000);
    await waitForLedger(
      database.pool,
      { recipientId: members.map((member) => member.id), status: 'sent' },
      { count: 40 },
    );
    // A duplicate would come from the killed worker's jobs, which BullMQ hands back once their locks expire:
    // drained queues mean they have run (and found their mails sent).
    await drainQueues(config, undefined, { timeoutMs: 60_000 });
    for (const address of addresses) expect(smtp.acceptedTo(address)).toHaveLength(1);
    expect(
      await ledgerStatuses(
        database.pool,
        members.map((member) => member.id),
      ),
    ).toEqual({ sent: 40 });
    await stopAll();
  }, 180_000);

  it('stops within its grace period on SIGTERM while a mail hangs, and the mail goes out once after restart', async () => {
    const [member] = await makeMembers({ pool: database.pool, config }, 1);
    smtp.setMode('hold');
    const worker = start();
    await until(() => smtp.held() > 0, { what: 'the mail to be in flight', timeoutMs: 60_000 });

    const termAt = Date.now();
    worker.kill('SIGTERM');
    const exit = await worker.exited;
    // SHUTDOWN_GRACE_MS is 2 s: the running job is handed back after it, and the process ends cleanly.
    expect(Date.now() - termAt).toBeLessThan(6_000);
    expect(exit).toBe(0);
    smtp.dropHeld();
    smtp.setMode('accept');
    expect(smtp.acceptedTo(member.email)).toHaveLength(0);

    start();
    await smtp.waitForMailTo([member.email], 60_000);
    await waitForLedger(database.pool, { recipientId: member.id, status: 'sent' });
    await drainQueues(config, undefined, { timeoutMs: 60_000 });
    expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 120_000);
});
