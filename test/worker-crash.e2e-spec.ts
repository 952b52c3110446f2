// The worker as a real child process, killed without warning in the middle of a batch of mails.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ControllableSmtp, startControllableSmtp } from './support/controllable-smtp.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { createMembers, ledgerStatuses } from './support/members.js';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('a worker that dies mid-batch', () => {
  let database: IsolatedDatabase;
  let smtp: ControllableSmtp;
  const running: WorkerProcess[] = [];

  const workerEnv = () => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `neuland-test-crash-${randomBytes(5).toString('hex')}`,
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
    smtp = await startControllableSmtp({ delayMs: 15 });
    env = workerEnv();
  });
  afterAll(async () => {
    await stopAll();
    await smtp.close();
    await database.close();
  });

  it('delivers every mail exactly once after a SIGKILL in the middle of sending and a restart', async () => {
    const members = await createMembers(database.pool, 40);
    const addresses = members.map((member) => member.email);

    const first = start();
    await until(() => smtp.accepted.length >= 10, 60_000, 'the first ten mails');
    // From now on the server keeps every SMTP transaction waiting for its 250: those mails are in flight.
    smtp.setMode('hold');
    await until(() => smtp.held() > 0, 10_000, 'a mail in flight');
    await sleep(500); // mails accepted just before the hold have time to be recorded in the ledger
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
    await sleep(2_000); // a duplicate would arrive in this time: stalled jobs, sweeper, relay all run
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
    const [member] = await createMembers(database.pool, 1);
    smtp.setMode('hold');
    const worker = start();
    await until(() => smtp.held() > 0, 60_000, 'the mail to be in flight');

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
    await sleep(1_500);
    expect(smtp.acceptedTo(member.email)).toHaveLength(1);
  }, 120_000);
});
