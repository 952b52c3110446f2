// Several worker processes on the same queues are how Neuland scales: BullMQ hands each job to one of them, the
// outbox relay claims rows with SKIP LOCKED and the ledger locks each mail. Two real processes, one batch of mails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@neuland/config';
import { QUEUES, redisOptionsFromUrl } from '@neuland/queue';
import { Queue } from 'bullmq';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { ledgerStatuses, waitForLedger } from './support/ledger.js';
import { makeMembers } from './support/members.js';
import { drainQueues } from './support/queues.js';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { testConfig } from './support/test-config.js';
import { until } from './support/until.js';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

describe('two worker processes on the same queues', () => {
  let database: IsolatedDatabase;
  let smtp: SmtpCapture;
  let config: AppConfig;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    smtp = await startSmtpCapture({ delayMs: 10 });
    config = testConfig({ DATABASE_URL: database.url, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    for (const worker of workers.splice(0)) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
    await smtp.close();
    await database.close();
  });

  it('sends every mail of a batch exactly once', async () => {
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      REDIS_URL: config.redis.url,
      QUEUE_PREFIX: config.redis.queuePrefix,
      SMTP_URL: smtp.url,
      MAIL_PER_SECOND: '1000',
      OUTBOX_POLL_MS: '50',
      APP_URL: 'http://neuland.test',
    };
    workers.push(startWorkerProcess(env), startWorkerProcess(env));
    // Both are taking mail jobs before the batch arrives: each has its workers registered with Redis.
    const mailQueue = new Queue(QUEUES.notificationMail, {
      connection: redisOptionsFromUrl(config.redis.url),
      prefix: config.redis.queuePrefix,
    });
    try {
      await until(async () => (await mailQueue.getWorkersCount()) >= 2, {
        what: () =>
          `both workers to take mail jobs; their output: ${workers.map((w) => w.output()).join('\n')}`,
        timeoutMs: 60_000,
      });
    } finally {
      await mailQueue.close();
    }

    const first = await makeMembers({ pool: database.pool, config }, 30);
    await until(() => smtp.messages.length > 0, { what: 'the first mails', timeoutMs: 30_000 });
    const second = await makeMembers({ pool: database.pool, config }, 30);
    const members = [...first, ...second];

    await smtp.waitForMailTo(
      members.map((member) => member.email),
      60_000,
    );
    await waitForLedger(
      database.pool,
      { recipientId: members.map((member) => member.id), status: 'sent' },
      { count: members.length },
    );
    await drainQueues(config, undefined, { timeoutMs: 60_000 });
    for (const member of members) expect(smtp.acceptedTo(member.email)).toHaveLength(1);
    expect(
      await ledgerStatuses(
        database.pool,
        members.map((member) => member.id),
      ),
    ).toEqual({ sent: 60 });
    expect(workers.map((worker) => worker.child.exitCode)).toEqual([null, null]);
  }, 150_000);
});
