// Turns a relayed outbox event into ledger rows (which mails, to whom, when) and queues their delivery.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutboxTopics } from '@neuland/outbox';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock.js';
import { NotificationLedger, type NotificationRequest } from '../ledger/notification-ledger.service.js';
import { NotificationMailQueue } from '../ledger/notification-mail-queue.js';
import { IntroduceAttendees } from './introduce-attendees.js';
import { InvitationMailPlanner } from './invitation-mail-planner.js';
import { MeetupMailPlanner } from './meetup-mail-planner.js';

interface StoredEvent {
  id: string;
  topic: string;
  payload: unknown;
}

@Injectable()
export class NotificationPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: NotificationLedger,
    private readonly mailQueue: NotificationMailQueue,
    private readonly clock: Clock,
    private readonly meetupMail: MeetupMailPlanner,
    private readonly introductions: IntroduceAttendees,
    private readonly invitationMail: InvitationMailPlanner,
  ) {}

  async planNotificationsFor(outboxEventId: string): Promise<void> {
    // Invariant: the "handled" mark and the event's ledger rows commit together. A second job for the same
    // event (a relay that ran twice, the sweeper re-driving it) waits on the mark's key, then finds it taken.
    const scheduled = await this.dataSource.transaction(async (manager) => {
      const marked: unknown[] = await manager.query(
        `INSERT INTO notification_outbox_handled (outbox_event_id) VALUES ($1)
         ON CONFLICT DO NOTHING RETURNING outbox_event_id`,
        [outboxEventId],
      );
      if (marked.length === 0) return [];
      const [event]: StoredEvent[] = await manager.query(
        `SELECT id, topic, payload FROM outbox_event WHERE id = $1`,
        [outboxEventId],
      );
      if (!event) return [];
      const requests = [
        ...this.notificationsFor(event),
        ...(await this.meetupMail.requestsFor(manager, event)),
        ...this.invitationMail.requestsFor(event),
      ];
      return this.ledger.schedule(manager, requests);
    });
    // After commit: if this fails or the process dies here, the sweeper finds the pending rows.
    await this.mailQueue.enqueue(scheduled);
    await this.introduceLateArrival(outboxEventId);
  }

  /** Someone new going after the digests went out: everyone who knows them hears at once, not at the next sweep. */
  private async introduceLateArrival(outboxEventId: string): Promise<void> {
    const [event]: Array<{ topic: string; meetup_id: string; user_id: string }> = await this.dataSource.query(
      `SELECT topic, payload->>'meetupId' AS meetup_id, payload->>'userId' AS user_id FROM outbox_event
        WHERE id = $1 AND topic IN ('rsvp.confirmed', 'rsvp.promoted')`,
      [outboxEventId],
    );
    if (!event || !(await this.meetupMail.introductionsOpen(event.meetup_id))) return;
    await this.mailQueue.enqueue(
      await this.introductions.sendIntroductionDigests(event.meetup_id, event.user_id),
    );
  }

  private notificationsFor(event: StoredEvent): NotificationRequest[] {
    switch (event.topic) {
      case 'account.registered': {
        const { userId } = event.payload as OutboxTopics['account.registered'];
        return [
          {
            kind: 'welcome',
            recipientId: userId,
            subjectId: userId,
            occurrence: 'registration',
            dueAt: this.clock.now(),
          },
        ];
      }
      default:
        return [];
    }
  }
}
