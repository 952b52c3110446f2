// The mail pipeline of a test file, started in one line: a database of its own, the SMTP capture, the API and
// the worker on that database with a queue prefix of their own. `const pipeline = await startPipeline()`.
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import { Clock } from '@neuland/config';
import { NotificationSweeper } from '@neuland/notifications';
import { type ApiHarness, startApi } from './api-harness.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './isolated-database.js';
import { mailTrail } from './mail-trail.js';
import { drainQueues } from './queues.js';
import { type SmtpCapture, type SmtpCaptureOptions, startSmtpCapture } from './smtp-capture.js';
import { testConfig } from './test-config.js';
import { until } from './until.js';
import { startWorker } from './worker-harness.js';

export interface PipelineOptions {
  /** Environment beyond the test defaults (`{ MAIL_PER_SECOND: '4' }`), for the API and the worker alike. */
  env?: Record<string, string>;
  smtp?: SmtpCaptureOptions;
  /** Where the API serves the web app from (browser tests). */
  webRoot?: string;
  /** Modules the API gets beside its own: a test's stand-in controller. */
  apiModules?: Type[];
}

export interface WorkerPipeline {
  database: IsolatedDatabase;
  /** The database's pool, and the config, are what `makeMembers` writes with. */
  pool: IsolatedDatabase['pool'];
  config: AppConfig;
  smtp: SmtpCapture;
  worker: NestFastifyApplication;
  /** The notifications' notion of now: `pipeline.clock.advance(23 * HOUR)`. */
  clock: Clock;
  /** Runs the sweeper once, as its schedule would: plans reminders and introductions due by the clock, re-drives lost work. */
  sweep: () => Promise<void>;
  /**
   * Resolves once the system has done all it can do now: every outbox row relayed and no queue holding work that
   * is due. After this, a mail that has not arrived is a mail that is not going to (until the clock moves).
   */
  settle: (options?: { timeoutMs?: number }) => Promise<void>;
  /**
   * Settles, runs the sweeper once, settles again: everything the system would do by now is done. A mail that has
   * not arrived after this is not due (until the clock moves), so "nothing was sent" can be asserted.
   */
  catchUp: () => Promise<void>;
  close: () => Promise<void>;
}

export interface Pipeline extends WorkerPipeline {
  api: ApiHarness;
}

export function startPipeline(options?: PipelineOptions & { api?: true }): Promise<Pipeline>;
export function startPipeline(options: PipelineOptions & { api: false }): Promise<WorkerPipeline>;
export async function startPipeline(
  options: PipelineOptions & { api?: boolean } = {},
): Promise<Pipeline | WorkerPipeline> {
  const database = await createIsolatedDatabase();
  const smtp = await startSmtpCapture(options.smtp);
  const env = {
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    MAIL_PER_SECOND: '100',
    ...options.env,
  };
  const api =
    options.api === false
      ? undefined
      : await startApi(env, { webRoot: options.webRoot, extraModules: options.apiModules });
  // One config (one queue prefix) for both processes: what the API enqueues, this worker takes.
  const config = api?.config ?? testConfig(env);
  const worker = await startWorker(config);
  const clock = worker.get(Clock);
  smtp.explainMissingMail = (address) => mailTrail({ pool: database.pool, config, smtp }, address);

  const unrelayedEvents = async () =>
    Number(
      (
        await database.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL`,
        )
      ).rows[0].n,
    );
  const sweep = async () => {
    await worker.get(NotificationSweeper).sweepNotifications();
  };
  const settle = async ({ timeoutMs = 20_000 } = {}) => {
    // Relayed first, then drained: a relayed row's job is in Redis before the row counts as relayed. Once more
    // if a job wrote a new outbox row meanwhile.
    do {
      await until(async () => (await unrelayedEvents()) === 0, {
        what: 'the outbox to be relayed',
        timeoutMs,
      });
      await drainQueues(config, undefined, { timeoutMs });
    } while ((await unrelayedEvents()) > 0);
  };
  return {
    database,
    pool: database.pool,
    config,
    smtp,
    api: api!,
    worker,
    clock,
    sweep,
    settle,
    catchUp: async () => {
      await settle();
      await sweep();
      await settle();
    },
    close: async () => {
      await worker.close();
      await api?.close();
      await smtp.close();
      await database.close();
    },
  };
}
