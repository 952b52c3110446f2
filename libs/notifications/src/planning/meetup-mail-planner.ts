// Which meetup mails are due, derived from Postgres alone: the outbox events of meetups and RSVPs, and the
// clock for reminders and introductions. Used by the event consumer and by the sweeper alike.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { InvitationMailGate } from '@neuland/invitations';
import { MeetupReadModel } from '@neuland/meetups';
import type { OutboxTopics } from '@neuland/outbox';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@neuland/config';
import {
  NotificationLedger,
  type NotificationRequest,
  type ScheduledNotification,
} from '../ledger/notification-ledger.service.js';
import { reminderOccurrence } from './reminder-occurrence.js';

export interface MeetupEvent {
  id: string;
  topic: string;
  payload: unknown;
}

@Injectable()
export class MeetupMailPlanner {
  private readonly reminderOffsetsMs: number[];
  private readonly introductionsLeadMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetups: MeetupReadModel,
    private readonly invitations: InvitationMailGate,
    private readonly ledger: NotificationLedger,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.reminderOffsetsMs = config.get('notifications.reminderOffsetsMs', { infer: true });
    this.introductionsLeadMs = config.get('notifications.introductionsLeadMs', { infer: true });
  }

  /** The mails one meetup or RSVP event causes by itself (reminders and digests come from the clock). */
  async requestsFor(manager: EntityManager, event: MeetupEvent): Promise<NotificationRequest[]> {
    const now = this.clock.now();
    switch (event.topic) {
      case 'meetup.cancelled': {
        const { meetupId, message } = event.payload as OutboxTopics['meetup.cancelled'];
        const { going, invited, addresses } = await this.toldOfChanges(meetupId, manager);
        return [
          ...going.map((userId) => ({ recipientId: userId, data: { message } })),
          ...invited.map((userId) => ({ recipientId: userId, data: { message, invited: true } })),
          ...addresses.map(({ email, inviterId }) => ({
            recipientEmail: email,
            data: { message, invited: true, inviterId },
          })),
        ].map((addressee) => ({
          ...addressee,
          kind: 'meetup-cancelled',
          subjectId: meetupId,
          occurrence: 'cancelled',
          dueAt: now,
        }));
      }
      case 'meetup.rescheduled': {
        const { meetupId, sequence, changed } = event.payload as OutboxTopics['meetup.rescheduled'];
        const { going, invited, addresses } = await this.toldOfChanges(meetupId, manager);
        return [
          ...going.map((userId) => ({ recipientId: userId, data: { changed } })),
          ...invited.map((userId) => ({ recipientId: userId, data: { changed, invited: true } })),
          ...addresses.map(({ email, inviterId }) => ({
            recipientEmail: email,
            data: { changed, invited: true, inviterId },
          })),
        ].map((addressee) => ({
          ...addressee,
          kind: 'meetup-updated',
          subjectId: meetupId,
          occurrence: `sequence-${sequence}`,
          dueAt: now,
        }));
      }
      case 'rsvp.confirmed':
      case 'rsvp.promoted': {
        const { meetupId, userId } = event.payload as OutboxTopics['rsvp.confirmed'];
        return [
          {
            kind: event.topic === 'rsvp.confirmed' ? 'rsvp-confirmed' : 'waitlist-promoted',
            recipientId: userId,
            subjectId: meetupId,
            occurrence: `event-${event.id}`,
            dueAt: now,
          },
        ];
      }
      case 'seat.offered': {
        const { offerId, meetupId, giverId, receiverId } = event.payload as OutboxTopics['seat.offered'];
        return [
          {
            kind: 'seat-offered',
            recipientId: receiverId,
            subjectId: meetupId,
            occurrence: `offer-${offerId}`,
            dueAt: now,
            data: { offerId, giverId },
          },
        ];
      }
      default:
        return [];
    }
  }

  /**
   * Who hears of a move or a cancellation: the going, and members and addresses invited who have not answered
   * yet (an address with the inviter, whose language its mail speaks).
   */
  private async toldOfChanges(
    meetupId: string,
    manager: EntityManager,
  ): Promise<{ going: string[]; invited: string[]; addresses: Array<{ email: string; inviterId: string }> }> {
    const now = this.clock.now();
    const going = await this.meetups.goingAttendeeIds(meetupId, manager);
    const invitees = await this.invitations.unansweredMemberInvitees(meetupId, now, manager);
    const addresses = await this.invitations.unansweredAddressInvitees(meetupId, now, manager);
    return { going, invited: invitees.filter((userId) => !going.includes(userId)), addresses };
  }

  /**
   * Reminders now due for every going attendee of every published meetup (libs/meetups says which). Re-asking is
   * harmless: the ledger key makes each reminder one mail.
   */
  async scheduleDueReminders(): Promise<ScheduledNotification[]> {
    const due = await this.meetups.remindersDue(this.clock.now(), this.reminderOffsetsMs);
    const requests: NotificationRequest[] = due.map((reminder) => ({
      kind: 'meetup-reminder',
      recipientId: reminder.userId,
      subjectId: reminder.meetupId,
      occurrence: reminderOccurrence(reminder.startsAt, reminder.offsetMs),
      dueAt: new Date(reminder.startsAt.getTime() - reminder.offsetMs),
    }));
    return this.dataSource.transaction((manager) => this.ledger.schedule(manager, requests));
  }

  /**
   * Published meetups whose introductions are open (from the lead time before the start until the start)
   * and that need a full run: never run, or an RSVP changed since the last run. Event-driven runs cover
   * newcomers at once; this is the sweeper's catch-all, so it skips meetups where nothing happened.
   */
  async meetupsDueForIntroductions(): Promise<string[]> {
    const open = await this.meetups.startingWithin(this.clock.now(), this.introductionsLeadMs);
    if (open.length === 0) return [];
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT m.id FROM unnest($1::uuid[], $2::timestamptz[]) AS m(id, rsvps_changed_at)
         LEFT JOIN notification_introduction_run run ON run.meetup_id = m.id
        WHERE run.meetup_id IS NULL OR m.rsvps_changed_at > run.ran_at`,
      [open.map((meetup) => meetup.id), open.map((meetup) => meetup.rsvpsChangedAt)],
    );
    return due.map((meetup) => meetup.id);
  }

  /** True when introductions for this meetup are open now (an RSVP then triggers a digest at once). */
  introductionsOpen(meetupId: string): Promise<boolean> {
    return this.meetups.startsWithin(meetupId, this.clock.now(), this.introductionsLeadMs);
  }
}
