// Which meetup mails are due, derived from Postgres alone: the outbox events of meetups and RSVPs, and the
// clock for reminders and introductions. Used by the event consumer and by the sweeper alike.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import type { OutboxTopics } from '@neuland/outbox';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock.js';
import {
  NotificationLedger,
  type NotificationRequest,
  type ScheduledNotification,
} from '../ledger/notification-ledger.service.js';

export interface MeetupEvent {
  id: string;
  topic: string;
  payload: unknown;
}

/** `starts-<epoch seconds>-<minutes before>m`: a moved meetup gets new keys, so its new reminders are new mails. */
export const reminderOccurrence = (startsAt: Date, offsetMs: number) =>
  `${remindersOfStart(startsAt)}${Math.round(offsetMs / 60_000)}m`;

/** The prefix every reminder occurrence of a meetup starting at `startsAt` shares. */
export const remindersOfStart = (startsAt: Date) => `starts-${Math.floor(startsAt.getTime() / 1000)}-`;

@Injectable()
export class MeetupMailPlanner {
  private readonly reminderOffsetsMs: number[];
  private readonly introductionsLeadMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
        const going = await this.goingAttendees(manager, meetupId);
        return going.map((userId) => ({
          kind: 'meetup-cancelled',
          recipientId: userId,
          subjectId: meetupId,
          occurrence: 'cancelled',
          dueAt: now,
          data: { message },
        }));
      }
      case 'meetup.rescheduled': {
        const { meetupId, sequence, changed } = event.payload as OutboxTopics['meetup.rescheduled'];
        const going = await this.goingAttendees(manager, meetupId);
        return going.map((userId) => ({
          kind: 'meetup-updated',
          recipientId: userId,
          subjectId: meetupId,
          occurrence: `sequence-${sequence}`,
          dueAt: now,
          data: { changed },
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
      default:
        return [];
    }
  }

  /**
   * Reminders now due for every going attendee of every published meetup. A reminder is still worth sending
   * until half its lead time has passed (a 24 h reminder up to 12 h before); an RSVP made later gets only
   * the reminders still ahead. Re-asking is harmless: the ledger key makes each reminder one mail.
   */
  async scheduleDueReminders(): Promise<ScheduledNotification[]> {
    const now = this.clock.now();
    const rows: Array<{ user_id: string; meetup_id: string; starts_at: Date; offset_ms: string }> =
      await this.dataSource.query(
        `SELECT r.user_id, m.id AS meetup_id, m.starts_at, o.offset_ms
           FROM unnest($2::bigint[]) AS o(offset_ms)
           JOIN meetup m ON m.status = 'published'
                        AND m.starts_at > $1
                        AND m.starts_at <= $1::timestamptz + o.offset_ms * interval '1 millisecond'
                        AND m.starts_at > $1::timestamptz + (o.offset_ms / 2) * interval '1 millisecond'
           JOIN rsvp r ON r.meetup_id = m.id AND r.status = 'going'`,
        [now, this.reminderOffsetsMs],
      );
    const requests: NotificationRequest[] = rows.map((row) => {
      const startsAt = new Date(row.starts_at);
      const offsetMs = Number(row.offset_ms);
      return {
        kind: 'meetup-reminder',
        recipientId: row.user_id,
        subjectId: row.meetup_id,
        occurrence: reminderOccurrence(startsAt, offsetMs),
        dueAt: new Date(startsAt.getTime() - offsetMs),
      };
    });
    return this.dataSource.transaction((manager) => this.ledger.schedule(manager, requests));
  }

  /**
   * Published meetups whose introductions are open (from the lead time before the start until the start)
   * and that need a full run: never run, or an RSVP changed since the last run. Event-driven runs cover
   * newcomers at once; this is the sweeper's catch-all, so it skips meetups where nothing happened.
   */
  async meetupsDueForIntroductions(): Promise<string[]> {
    const now = this.clock.now();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT m.id FROM meetup m
         LEFT JOIN notification_introduction_run run ON run.meetup_id = m.id
        WHERE m.status = 'published' AND m.starts_at > $1
          AND m.starts_at <= $1::timestamptz + $2 * interval '1 millisecond'
          AND (run.meetup_id IS NULL
               OR EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = m.id AND r.updated_at > run.ran_at))`,
      [now, this.introductionsLeadMs],
    );
    return rows.map((row) => row.id);
  }

  /** True when introductions for this meetup are open now (an RSVP then triggers a digest at once). */
  async introductionsOpen(meetupId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM meetup WHERE id = $1 AND status = 'published' AND starts_at > $2
          AND starts_at <= $2::timestamptz + $3 * interval '1 millisecond'`,
      [meetupId, this.clock.now(), this.introductionsLeadMs],
    );
    return rows.length > 0;
  }

  private async goingAttendees(manager: EntityManager, meetupId: string): Promise<string[]> {
    // The RSVP table is libs/meetups'; this read-only query is the notification side's view of who is going.
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM rsvp WHERE meetup_id = $1 AND status = 'going'`,
      [meetupId],
    );
    return rows.map((row) => row.user_id);
  }
}
