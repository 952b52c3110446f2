// What the features above meetups (notifications, invitations) read about meetups and who goes, as typed methods.
// In SQL they may also use the view `meetup_attendance`; the tables themselves are this feature's alone.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MeetupStatus } from '../meetups/meetup-states.js';
import type { RsvpStatus } from '../rsvps/rsvp-statuses.js';
import { meetupShown } from '../moderation/meetup-moderation.js';

/** A meetup as a mail shows it: read when the mail goes out, so it is the meetup as it is now. */
export interface MeetupFacts {
  id: string;
  title: string;
  city: string;
  venueName: string | null;
  address: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  timeZone: string;
  status: MeetupStatus;
  /** Hidden by an admin or its organiser suspended: no mail goes out in its name. */
  hidden?: boolean;
}

/** A going attendee who has checked in. */
export interface MeetupArrival {
  userId: string;
  checkedInAt: Date;
  /** Attends visibly: only then may anyone be told about them (DESIGN.md's rule 1). */
  visible: boolean;
}

export interface DueReminder {
  userId: string;
  meetupId: string;
  startsAt: Date;
  offsetMs: number;
}

@Injectable()
export class MeetupReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async factsOf(
    meetupId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetupFacts | undefined> {
    const [meetup]: MeetupFacts[] = await manager.query(
      `SELECT id, title, city, venue_name AS "venueName", address, online_url AS "onlineUrl",
              starts_at AS "startsAt", time_zone AS "timeZone", status, NOT ${meetupShown('m')} AS hidden
         FROM meetup m WHERE id = $1`,
      [meetupId],
    );
    return meetup;
  }

  /** Meetups created per week (weeks start on Monday, UTC) since `since`, keyed by the week's first day. */
  async createdPerWeek(since: Date): Promise<Map<string, number>> {
    const rows: Array<{ week: string; count: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, count(*)::int AS count
         FROM meetup WHERE created_at >= $1 GROUP BY 1`,
      [since],
    );
    return new Map(rows.map((row) => [row.week, row.count]));
  }

  /** Titles by meetup id, for features that list meetups they refer to (invitations in an export). */
  async titlesOf(
    meetupIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const rows: Array<{ id: string; title: string }> = await manager.query(
      `SELECT id, title FROM meetup WHERE id = ANY($1::uuid[])`,
      [meetupIds],
    );
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  async goingAttendeeIds(
    meetupId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM rsvp WHERE meetup_id = $1 AND status = 'going'`,
      [meetupId],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Who has checked in and still holds a seat, latest first, and whether each attends visibly (the seat's choice and
   * the profile's): what the hosts see at the door.
   */
  async arrivalsAt(
    meetupId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetupArrival[]> {
    const rows: Array<{ user_id: string; checked_in_at: Date; visible: boolean }> = await manager.query(
      `SELECT r.user_id, r.checked_in_at,
              r.attends_visibly AND coalesce(p.attendance_visibility::text, 'visible') = 'visible' AS visible
         FROM rsvp r LEFT JOIN member_profile p ON p.user_id = r.user_id
        WHERE r.meetup_id = $1 AND r.status = 'going' AND r.checked_in_at IS NOT NULL
        ORDER BY r.checked_in_at DESC, r.user_id`,
      [meetupId],
    );
    return rows.map((row) => ({ userId: row.user_id, checkedInAt: row.checked_in_at, visible: row.visible }));
  }

  /** The member's answer to the meetup and their personal check-in code, if they answered. */
  async answerOf(
    meetupId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ status: RsvpStatus; checkInCode: string } | undefined> {
    const [row]: Array<{ status: RsvpStatus; checkInCode: string }> = await manager.query(
      `SELECT status, check_in_code AS "checkInCode" FROM rsvp WHERE meetup_id = $1 AND user_id = $2`,
      [meetupId, userId],
    );
    return row;
  }

  /**
   * For every going attendee of every published meetup, the reminders (one per offset before the start) that are
   * due at `now`: from the offset before the start until half the offset before it (a 24 h reminder up to 12 h
   * before), so an RSVP made late gets only the reminders still ahead.
   */
  async remindersDue(now: Date, offsetsMs: number[]): Promise<DueReminder[]> {
    const rows: Array<{ user_id: string; meetup_id: string; starts_at: Date; offset_ms: string }> =
      await this.dataSource.query(
        `SELECT r.user_id, m.id AS meetup_id, m.starts_at, o.offset_ms
           FROM unnest($2::bigint[]) AS o(offset_ms)
           JOIN meetup m ON m.status = 'published' AND ${meetupShown('m')}
                        AND m.starts_at > $1
                        AND m.starts_at <= $1::timestamptz + o.offset_ms * interval '1 millisecond'
                        AND m.starts_at > $1::timestamptz + (o.offset_ms / 2) * interval '1 millisecond'
           JOIN rsvp r ON r.meetup_id = m.id AND r.status = 'going'`,
        [now, offsetsMs],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      meetupId: row.meetup_id,
      startsAt: new Date(row.starts_at),
      offsetMs: Number(row.offset_ms),
    }));
  }

  /**
   * Published meetups starting within `leadMs` after `now`, with when their RSVPs last changed (null without any):
   * the window in which people going are introduced to each other.
   */
  async startingWithin(
    now: Date,
    leadMs: number,
  ): Promise<Array<{ id: string; rsvpsChangedAt: Date | null }>> {
    const rows: Array<{ id: string; rsvps_changed_at: Date | null }> = await this.dataSource.query(
      `SELECT m.id, (SELECT max(r.updated_at) FROM rsvp r WHERE r.meetup_id = m.id) AS rsvps_changed_at
         FROM meetup m
        WHERE m.status = 'published' AND ${meetupShown('m')} AND m.starts_at > $1
          AND m.starts_at <= $1::timestamptz + $2 * interval '1 millisecond'`,
      [now, leadMs],
    );
    return rows.map((row) => ({ id: row.id, rsvpsChangedAt: row.rsvps_changed_at }));
  }

  /** Whether the meetup is published and starts within `leadMs` after `now`. */
  async startsWithin(meetupId: string, now: Date, leadMs: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM meetup WHERE id = $1 AND status = 'published' AND starts_at > $2
          AND starts_at <= $2::timestamptz + $3 * interval '1 millisecond'`,
      [meetupId, now, leadMs],
    );
    return rows.length > 0;
  }
}
