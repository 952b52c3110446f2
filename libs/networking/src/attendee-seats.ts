// Who may use the networking features at a meetup (people with a seat), and whom they may name (going attendees
// they can see on the attendee list): one place, used by buddies, wishes and "we met" alike.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { MeetupAccess } from '@neuland/meetups';
import type { DataSource, EntityManager } from 'typeorm';
import { attendeeNotFound, notGoingToMeetup } from './networking-errors.js';

export interface Seat {
  meetupId: string;
  userId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  checkedIn: boolean;
}

@Injectable()
export class AttendeeSeats {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
  ) {}

  /** The caller's seat, or 404 for a meetup they may not see and 409 NOT_GOING_TO_MEETUP without a seat. */
  async seatOf(meetupId: string, user: AuthenticatedUser): Promise<Seat> {
    const { meetup, viewer } = await this.access.findViewable(meetupId, user);
    if (viewer.rsvp?.status !== 'going') throw notGoingToMeetup();
    return {
      meetupId: meetup.id,
      userId: user.id,
      startsAt: meetup.startsAt,
      endsAt: meetup.endsAt,
      timeZone: meetup.timeZone,
      checkedIn: viewer.rsvp.checkedInAt !== null,
    };
  }

  /**
   * 404 ATTENDEE_NOT_FOUND unless `userId` is someone else going whom the attendee list shows the caller: the
   * same answer for a stranger, someone waitlisted and someone who keeps their attendance private.
   */
  async assertVisibleAttendee(
    seat: Seat,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (userId === seat.userId) throw attendeeNotFound();
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM meetup_attendance WHERE meetup_id = $1 AND user_id = $2 AND status = 'going' AND visible`,
      [seat.meetupId, userId],
    );
    if (rows.length === 0) throw attendeeNotFound();
  }

  /** Of `userIds`, those still going to the meetup. */
  async stillGoing(meetupId: string, userIds: string[], manager: EntityManager = this.dataSource.manager) {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM meetup_attendance WHERE meetup_id = $1 AND user_id = ANY($2::uuid[]) AND status = 'going'`,
      [meetupId, userIds],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}
