// The sweeper: Postgres says what is due, Redis may have forgotten it. Re-enqueues what is missing, so
// that even a Redis that lost all its data loses no mail.
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { SeriesOccurrences } from '@neuland/circles';
import type { AppConfig } from '@neuland/config';
import { NewcomerSeats, SeatHandOver } from '@neuland/meetups';
import { OutboxStore } from '@neuland/outbox';
import { type JobItem, Jobs } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { Clock } from '@neuland/config';
import { mailJobsFor } from '../ledger/mail-jobs.js';
import { DATA_WITHOUT_SECRETS } from '../ledger/notification.entity.js';
import { relayJobOf, topicsRelayedAs } from '../outbox-relay/outbox-routes.js';
import { IntroduceAttendees } from '../planning/introduce-attendees.js';
import { MeetupMailPlanner } from '../planning/meetup-mail-planner.js';
import { NetworkingMailPlanner } from '../planning/networking-mail-planner.js';
import { OutboxPruner } from './prune-outbox.js';
import { reviveJob } from './revive-job.js';

const SWEEP_BATCH = 1000;
/** A mail still failing after this many tries is recorded as failed; someone has to look at it. */
const GIVE_UP_AFTER_ATTEMPTS = 50;

@Injectable()
export class NotificationSweeper {
  private readonly logger = new Logger(NotificationSweeper.name);
  private readonly everyMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
    private readonly meetupMail: MeetupMailPlanner,
    private readonly introductions: IntroduceAttendees,
    private readonly outboxPruner: OutboxPruner,
    private readonly seatOffers: SeatHandOver,
    private readonly newcomerSeats: NewcomerSeats,
    private readonly networkingMail: NetworkingMailPlanner,
    private readonly seriesOccurrences: SeriesOccurrences,
    config: ConfigService<AppConfig, true>,
  ) {
    this.everyMs = config.get('notifications.sweepEveryMs', { infer: true });
  }

  /** Creates the sweeper's job scheduler when Redis has none (the outbox poller asks again and again). */
  async ensureScheduled(): Promise<void> {
    await this.jobs.schedule({ name: 'sweep-notifications', data: {} }, { every: this.everyMs });
  }

  async sweepNotifications(): Promise<{ events: number; mails: number }> {
    // Seats move by the clock too, and their moves are mailed: settle them first, so this round relays their mail.
    await this.seatOffers.expireDueOffers();
    await this.newcomerSeats.openDue();
    // A series' occurrences come into the window by the clock; their publication is mailed as any meetup's.
    await this.seriesOccurrences.makeDueOccurrences();
    await this.planClockDrivenMail();
    const events = await this.redriveUnhandledEvents();
    const mails = await this.redriveDueMail();
    await this.outboxPruner.pruneOutbox();
    if (events + mails > 0) this.logger.log({ events, mails }, 'sweeper re-enqueued work Redis had lost');
    return { events, mails };
  }

  /** Reminders, introductions, buddies and "we met" depend only on Postgres and the clock: derive them here. */
  private async planClockDrivenMail(): Promise<void> {
    await this.jobs.enqueueBulk(mailJobsFor(await this.meetupMail.scheduleDueReminders()));
    await this.jobs.enqueueBulk(mailJobsFor(await this.networkingMail.scheduleDue()));
    for (const meetupId of await this.meetupMail.meetupsDueForIntroductions()) {
      await this.jobs.enqueueBulk(mailJobsFor(await this.introductions.sendIntroductionDigests(meetupId)));
    }
  }

  /** Relayed outbox rows nobody finished: their jobs vanished (Redis lost them) or failed for good. */
  private async redriveUnhandledEvents(): Promise<number> {
    // Two seconds of grace: a job relayed a moment ago may simply not have run yet.
    const rows = await this.outbox.unhandled(
      topicsRelayedAs('plan-notifications'),
      new Date(Date.now() - 2_000),
      SWEEP_BATCH,
    );
    let redriven = 0;
    for (const row of rows) {
      if (await this.redrive(relayJobOf(row)!)) redriven += 1;
    }
    return redriven;
  }

  /** Pending ledger rows that are due now: each must have a live job, and a delayed one is released. */
  private async redriveDueMail(): Promise<number> {
    await this.dataSource.query(
      `UPDATE notification SET status = 'failed', last_error = left('gave up: ' || coalesce(last_error, ''), 1000),
              data = ${DATA_WITHOUT_SECRETS}
        WHERE status = 'pending' AND attempts >= $1`,
      [GIVE_UP_AFTER_ATTEMPTS],
    );
    const rows: Array<{ id: string; due_at: Date }> = await this.dataSource.query(
      `SELECT id, due_at FROM notification WHERE status = 'pending' AND due_at <= $1
        ORDER BY due_at LIMIT $2`,
      [this.clock.now(), SWEEP_BATCH],
    );
    let redriven = 0;
    for (const job of mailJobsFor(rows.map((row) => ({ id: row.id, dueAt: new Date(row.due_at) })))) {
      if (await this.redrive(job)) redriven += 1;
    }
    return redriven;
  }

  /** Due work must have a live job: adds it if Redis lost it, revives it if it failed or waits; true when it had to. */
  private async redrive(item: JobItem): Promise<boolean> {
    const job = await this.jobs.find(item);
    if (job) return reviveJob(job);
    await this.jobs.enqueue(item);
    return true;
  }
}
