// Turns a relayed outbox event into ledger rows (which mails, to whom, when) and queues their delivery.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxStore, type OutboxTopics, type StoredOutboxEvent } from '@neuland/outbox';
import { Jobs } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { NotificationLedger } from '../ledger/notification-ledger.service.js';
import { mailJobsFor } from '../ledger/mail-jobs.js';
import { AccountMailPlanner } from './account-mail-planner.js';
import { CircleAnnouncementPlanner } from './circle-announcement-planner.js';
import { IntroduceAttendees } from './introduce-attendees.js';
import { InvitationMailPlanner } from './invitation-mail-planner.js';
import { MeetupMailPlanner } from './meetup-mail-planner.js';
import { NetworkingMailPlanner } from './networking-mail-planner.js';

@Injectable()
export class NotificationPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    private readonly ledger: NotificationLedger,
    private readonly jobs: Jobs,
    private readonly accountMail: AccountMailPlanner,
    private readonly meetupMail: MeetupMailPlanner,
    private readonly introductions: IntroduceAttendees,
    private readonly invitationMail: InvitationMailPlanner,
    private readonly networkingMail: NetworkingMailPlanner,
    private readonly circleAnnouncements: CircleAnnouncementPlanner,
  ) {}

  async planNotificationsFor(outboxEventId: string): Promise<void> {
    // Invariant: the event's "handled" mark and its ledger rows commit together. A second job for the same
    // event (a relay that ran twice, the sweeper re-driving it) waits on the event's row, then finds it handled.
    let taken: StoredOutboxEvent | undefined;
    const scheduled = await this.dataSource.transaction(async (manager) => {
      const event = (taken = await this.outbox.takeForHandling(manager, outboxEventId));
      if (!event) return [];
      const requests = [
        ...this.accountMail.requestsFor(event),
        ...(await this.meetupMail.requestsFor(manager, event)),
        ...this.invitationMail.requestsFor(event),
        ...this.networkingMail.requestsFor(event),
      ];
      return [
        ...(await this.ledger.schedule(manager, requests)),
        // A circle's announcements fan out in batches of their own, in this same transaction.
        ...(await this.circleAnnouncements.schedule(manager, event)),
      ];
    });
    // After commit: if this fails or the process dies here, the sweeper finds the pending rows.
    await this.jobs.enqueueBulk(mailJobsFor(scheduled));
    // A second job for a handled event still introduces (digests are idempotent): it reads the event again.
    await this.introduceLateArrival(taken ?? (await this.outbox.eventOf(outboxEventId)));
  }

  /** Someone new going after the digests went out: everyone who knows them hears at once, not at the next sweep. */
  private async introduceLateArrival(event: StoredOutboxEvent | undefined): Promise<void> {
    if (event?.topic !== 'rsvp.confirmed' && event?.topic !== 'rsvp.promoted') return;
    const { meetupId, userId } = event.payload as OutboxTopics['rsvp.confirmed'];
    if (!(await this.meetupMail.introductionsOpen(meetupId))) return;
    await this.jobs.enqueueBulk(
      mailJobsFor(await this.introductions.sendIntroductionDigests(meetupId, userId)),
    );
  }
}
