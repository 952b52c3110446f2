// Who holds a seat: RSVPs, the waitlist and promotions from it. The one place seats change.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@neuland/outbox';
import type { AuthenticatedUser } from '@neuland/auth';
import { type DataSource, type EntityManager } from 'typeorm';
import { newCheckInCode } from '../check-in/check-in-code.js';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { Meetup } from '../meetups/meetup.entity.js';
import {
  keepsNewcomerSeats,
  seatFromWaitlistKeepingNewcomerSeats,
} from '../seats/newcomer-seat-statements.js';
import { answerGoing } from './rsvp-going.js';
import { Rsvp } from './rsvp.entity.js';
import { lockMeetupForRsvp, readRsvpState, seatFromWaitlist, writeNotGoing } from './rsvp-statements.js';

export interface RsvpGoingOptions {
  /** Set by the invitations feature when an accepted invitation lets the user into an invite-only meetup. */
  viaInvitation?: boolean;
  /** Absent = keep the current setting; a new RSVP follows the profile's attendance visibility. */
  attendsVisibly?: boolean;
}

export interface RsvpState {
  rsvp: Rsvp;
  /** 1-based; null unless waitlisted. */
  waitlistPosition: number | null;
}

/*
 * Locking strategy: every change to who holds a seat starts with SELECT ... FOR UPDATE on the meetup row.
 * A conditional UPDATE (going_count = going_count + 1 WHERE going_count < capacity) would guard the count alone,
 * but a seat decision is more than one statement: it reads the caller's earlier RSVP, draws a waitlist ticket,
 * promotes the head of the waitlist when a seat frees, and writes outbox rows. Holding the meetup's row lock
 * serialises exactly these per meetup — RSVPs to different meetups never wait for each other — makes waitlist
 * order equal to lock order. The CHECK ck_meetup_never_overbooked backs it up in the database.
 *
 * A "going", the request every member makes, is one call of the SQL function rsvp_going (rsvp-going.ts): it
 * locks, decides, writes the RSVP, the seat and the outbox row, and commits, so the lock is never held across a
 * round trip to this process (under load, a transaction driven statement by statement from here spent most of its
 * time waiting for its next statement, with the meetup locked). A withdrawal's statements (rsvp-statements.ts)
 * are each one round trip; its write reads the RSVP after the lock and frees the seat in the same statement.
 */
@Injectable()
export class RsvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly access: MeetupAccess,
  ) {}

  /** Names the refusals a higher feature decides inside rsvp_going (circles: a ban). */
  private readonly refusal = (outcome: string) => this.access.rsvpRefusal(outcome);

  /**
   * "Going": a seat if one is free, else the end of the waitlist. Idempotent for someone already going or waitlisted.
   * Callers check that the user may see the meetup; this checks everything about seats, deadline and status.
   */
  async rsvpGoing(meetupId: string, userId: string, options: RsvpGoingOptions = {}): Promise<RsvpState> {
    const answer = await answerGoing(
      this.dataSource.manager,
      {
        meetupId,
        userId,
        asViewer: false,
        isAdmin: false,
        attendsVisibly: options.attendsVisibly,
        viaInvitation: Boolean(options.viaInvitation),
        checkInCode: newCheckInCode(),
      },
      this.refusal,
    );
    if (answer.kind !== 'answered') throw new Error('rsvp_going asked about an invitation it was told');
    return answer;
  }

  /**
   * As rsvpGoing for a member's own request: also checks, under the same lock, that the caller may see the meetup
   * (MeetupAccess.findViewable's rules), so the whole request is one statement. Only an invite-only meetup that the
   * caller does not host takes a second one, after asking the invitations whether they admit the caller.
   */
  async rsvpGoingAsViewer(
    meetupId: string,
    user: AuthenticatedUser,
    attendsVisibly: boolean | undefined,
  ): Promise<RsvpState & { timeZone: string }> {
    const request = {
      meetupId,
      userId: user.id,
      asViewer: true,
      isAdmin: user.role === 'admin',
      attendsVisibly,
      checkInCode: newCheckInCode(),
    };
    const answer = await answerGoing(
      this.dataSource.manager,
      { ...request, viaInvitation: null },
      this.refusal,
    );
    if (answer.kind === 'answered') return answer;
    const viaInvitation = await this.access.holdsInvitation(meetupId, user.id);
    const asked = await answerGoing(this.dataSource.manager, { ...request, viaInvitation }, this.refusal);
    if (asked.kind !== 'answered') throw new Error('rsvp_going asked about an invitation it was told');
    return asked;
  }

  /** "Not going" (or withdrawing): frees the seat and promotes the head of the waitlist into it. */
  respondNotGoing(meetupId: string, userId: string): Promise<RsvpState> {
    return this.dataSource.transaction((manager) => this.withdraw(manager, meetupId, userId));
  }

  /** As respondNotGoing, in the caller's transaction (a suspension releases the member's seats with it). */
  async withdraw(manager: EntityManager, meetupId: string, userId: string): Promise<RsvpState> {
    // Invariant: a freed seat goes to the first on the waitlist in the same transaction, so nobody jumps the queue.
    const meetup = await lockMeetupForRsvp(manager, meetupId, userId);
    const answered = await writeNotGoing(manager, { meetupId, userId, checkInCode: newCheckInCode() });
    if (!answered)
      return { rsvp: (await readRsvpState(manager, meetupId, userId))!.rsvp, waitlistPosition: null };
    const { rsvp, earlierStatus } = answered;
    if (!earlierStatus) return { rsvp, waitlistPosition: null };
    const wasGoing = earlierStatus === 'going';
    await this.outbox.record(manager, {
      topic: 'rsvp.withdrawn',
      subjectId: rsvp.id,
      payload: { rsvpId: rsvp.id, meetupId, userId, wasGoing },
    });
    if (wasGoing) {
      meetup.goingCount -= 1;
      await this.promoteFromWaitlist(manager, meetup);
    }
    return { rsvp, waitlistPosition: null };
  }

  /** The meetups not yet over where the member holds a seat or waits for one. */
  async upcomingAnswered(manager: EntityManager, userId: string, now: Date): Promise<string[]> {
    const rows: { meetup_id: string }[] = await manager.query(
      `SELECT r.meetup_id FROM rsvp r JOIN meetup m ON m.id = r.meetup_id
        WHERE r.user_id = $1 AND r.status IN ('going', 'waitlisted') AND m.ends_at > $2
        ORDER BY r.meetup_id`,
      [userId, now],
    );
    return rows.map((row) => row.meetup_id);
  }

  /**
   * Fills free seats from the head of the waitlist. Call only with the meetup row locked by `manager`'s
   * transaction (RSVP withdrawals, capacity raised); `meetup.goingCount` must be current and is updated.
   */
  async promoteFromWaitlist(
    manager: EntityManager,
    meetup: Pick<
      Meetup,
      'id' | 'status' | 'endsAt' | 'capacity' | 'goingCount' | 'newcomerSeats' | 'newcomerSeatsOpenedAt'
    >,
  ): Promise<string[]> {
    if (meetup.status !== 'published' || meetup.endsAt.getTime() <= Date.now()) return [];
    const free = meetup.capacity === null ? null : meetup.capacity - meetup.goingCount;
    if (free !== null && free <= 0) return [];
    const rows = keepsNewcomerSeats(meetup)
      ? await seatFromWaitlistKeepingNewcomerSeats(manager, meetup)
      : await seatFromWaitlist(manager, meetup.id, free);
    if (rows.length === 0) return [];
    meetup.goingCount += rows.length;
    await this.outbox.record(
      manager,
      ...rows.map((row) => ({
        topic: 'rsvp.promoted' as const,
        subjectId: row.id,
        payload: { rsvpId: row.id, meetupId: meetup.id, userId: row.user_id },
      })),
    );
    return rows.map((row) => row.user_id);
  }

  findState(meetupId: string, userId: string): Promise<RsvpState | null> {
    return readRsvpState(this.dataSource.manager, meetupId, userId);
  }

  /** Everybody who holds a seat or waits for one: the people a cancellation or a reschedule concerns. */
  async attendeeUserIds(meetupId: string): Promise<{ going: string[]; waitlisted: string[] }> {
    const rows: { user_id: string; status: string }[] = await this.dataSource.query(
      `SELECT user_id, status FROM rsvp WHERE meetup_id = $1 AND status IN ('going', 'waitlisted')
        ORDER BY status, waitlist_ticket NULLS FIRST, responded_at`,
      [meetupId],
    );
    return {
      going: rows.filter((row) => row.status === 'going').map((row) => row.user_id),
      waitlisted: rows.filter((row) => row.status === 'waitlisted').map((row) => row.user_id),
    };
  }

  async stateOf(manager: EntityManager, rsvp: Rsvp): Promise<RsvpState> {
    if (rsvp.status !== 'waitlisted') return { rsvp, waitlistPosition: null };
    const [{ position }] = await manager.query(
      `SELECT count(*)::int AS position FROM rsvp
        WHERE meetup_id = $1 AND status = 'waitlisted' AND waitlist_ticket <= $2`,
      [rsvp.meetupId, rsvp.waitlistTicket],
    );
    return { rsvp, waitlistPosition: position };
  }
}
