// The BullMQ workers of the notification pipeline, built by hand rather than with @Processor: the mail
// limiter comes from configuration (MAIL_PER_SECOND) and shutdown must be bounded.
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import type { AppConfig } from '@neuland/config';
import { bullConnectionOf, QUEUES, type QueueJob, type QueueName } from '@neuland/queue';
import {
  DelayedError,
  type Processor,
  type Queue,
  UnrecoverableError,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import { Cluster } from 'ioredis';
import { NotificationSender } from './delivery/send-notification.service.js';
import { NotificationPlanner } from './planning/plan-notifications.service.js';
import { withTimeout } from './outbox-relay/relay-outbox.service.js';
import { NotificationSweeper } from './sweeper/sweep-notifications.service.js';

/** How long an abandoned send takes to roll back its transaction and end its job. */
const ABANDONED_SENDS_END_MS = 2_000;

@Injectable()
export class NotificationWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationWorkers.name);
  private readonly workers: Worker[] = [];
  private readonly clusters: Cluster[] = [];

  constructor(
    private readonly config: ConfigService<AppConfig, true>,
    private readonly planner: NotificationPlanner,
    private readonly sender: NotificationSender,
    private readonly sweeper: NotificationSweeper,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A queue without an error listener prints every Redis reconnect attempt to stderr; log them instead.
    for (const name of Object.values(QUEUES)) {
      this.moduleRef
        .get<Queue>(getQueueToken(name), { strict: false })
        .on('error', (error) => this.logger.debug({ err: error, queue: name }, 'queue connection error'));
    }
    const perSecond = this.config.get('mail.perSecond', { infer: true });
    this.start(
      QUEUES.outboxEvents,
      (job: QueueJob<'outbox-events'>) => this.planner.planNotificationsFor(job.data.outboxEventId),
      // Planning an event is a few short statements, each waiting on Postgres: more in flight keep the mail
      // worker fed when many events arrive at once (sign-ups, a big circle's meetup).
      { concurrency: 8 },
    );
    this.start(
      QUEUES.notificationMail,
      (job: QueueJob<'notification-mail'>, token) => this.sendMail(job, token),
      {
        // A mail waits on Postgres for its recipient and what it shows, then on the SMTP pool's 8 connections:
        // twice as many in flight keep those connections busy. A mail holds a pool connection only from locking
        // its ledger row to recording the outcome, and waits on nothing else meanwhile but the SMTP server.
        concurrency: 16,
        limiter: { max: perSecond, duration: 1000 },
      },
    );
    this.start(QUEUES.notificationSweep, () => this.sweeper.sweepNotifications(), { concurrency: 1 });
    await this.sweeper.ensureScheduled().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'could not schedule the sweeper yet; the outbox poller retries');
    });
  }

  /**
   * Running jobs get the grace period; sends still waiting on the SMTP server are then given up, so their jobs end
   * and are handed back to Redis as stalled. A close still pending after that is left behind: BullMQ's `close(true)`
   * only hands back the close already under way, and that does not end while a command the worker sent waits for a
   * Redis that is away.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const graceMs = this.config.get('notifications.shutdownGraceMs', { infer: true });
    const closing = Promise.all(this.workers.map((worker) => worker.close())).catch(() => undefined);
    const closedWithin = (ms: number) =>
      withTimeout(closing, ms, 'The notification workers did not close').then(
        () => true,
        () => false,
      );
    if (!(await closedWithin(graceMs))) {
      this.sender.abandonSendsInFlight();
      if (!(await closedWithin(ABANDONED_SENDS_END_MS))) {
        this.logger.warn('the notification workers did not close in time; their jobs come back as stalled');
      }
    }
    // A cluster client was handed to each worker (one server: BullMQ closed its own connections).
    await Promise.all(this.clusters.map((cluster) => cluster.quit().catch(() => cluster.disconnect())));
  }

  private start<T>(queue: QueueName, processor: Processor<T>, options: Partial<WorkerOptions>): void {
    const connection = bullConnectionOf(this.config.get('redis', { infer: true }), `neuland-${queue}`);
    if (connection instanceof Cluster) this.clusters.push(connection);
    const worker = new Worker<T>(queue, processor, {
      connection,
      prefix: this.config.get('redis.queuePrefix', { infer: true }),
      // A killed worker's jobs come back after ~lockDuration + stalledInterval; BullMQ's 30 s + 30 s
      // would leave a crash's mails waiting a minute. The lock is renewed every 5 s while a job runs.
      lockDuration: 10_000,
      stalledInterval: 5_000,
      ...options,
    });
    worker.on('error', (error) => this.logger.warn({ err: error, queue }, 'queue worker error'));
    this.workers.push(worker);
  }

  private async sendMail(job: QueueJob<'notification-mail'>, token?: string): Promise<string> {
    const outcome = await this.sender.sendNotification(job.data.notificationId);
    switch (outcome.type) {
      case 'sent':
      case 'already-done':
      case 'skipped':
      case 'missing':
        return outcome.type;
      case 'not-due':
        // Redis's timer and our clock disagree (the clock moved, or the job was re-added): wait again.
        await job.moveToDelayed(Date.now() + Math.max(1000, outcome.inMs), token);
        throw new DelayedError();
      case 'busy':
        throw new Error('another worker is sending this mail right now');
      case 'transient-failure':
        throw outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
      case 'permanent-failure':
        throw new UnrecoverableError((outcome.error as Error).message ?? 'refused for good');
    }
  }
}
