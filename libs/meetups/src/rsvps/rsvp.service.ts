// Who holds a seat: RSVPs, the waitlist and promotions from it. The one place seats change.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@neuland/outbox';
import { type DataSource, type EntityManager } from 'typeorm';
import { newCheckInCode } from '../check-in/check-in-code.js';
import { Meetup } from '../meetups/meetup.entity.js';
import { invitationRequired, whyRsvpIsClosed } from './rsvp-errors.js';
import { Rsvp } from './rsvp.entity.js';
import {
  lockMeetupForRsvp,
  type MeetupForRsvp,
  readRsvpState,
  seatFromWaitlist,
  writeGoing,
  writeNotGoing,
} from './rsvp-statements.js';

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
 * order equal to lock order, and costs one short hot-row transaction (pgbench here: ~2,850 tps on one row),
 * far above what a single meetup ever sees. The CHECK ck_meetup_never_overbooked backs it up in the database.
 *
 * To keep the lock short, each statement is one round trip (rsvp-statements.ts). A "going" holds the lock for
 * three and the commit: the lock, which also reads the caller's RSVP; one write of the RSVP, the seat and the
 * waitlist ticket; the outbox row. The lock statement reads the RSVP from the snapshot it took before waiting for
 * the lock, so the write applies only to an RSVP that is absent or "not going" (ON CONFLICT ... WHERE), and
 * otherwise the RSVP is read again: statements after the lock see everything its earlier holders committed.
 * A withdrawal's write reads the RSVP after the lock itself and frees the seat in the same statement.
 */
@Injectable()
export class RsvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * "Going": a seat if one is free, else the end of the waitlist. Idempotent for someone already going or waitlisted.
   * Callers check that the user may see the meetup; this checks everything about seats, deadline and status.
   */
  async rsvpGoing(meetupId: string, userId: string, options: RsvpGoingOptions = {}): Promise<RsvpState> {
    // Invariant: going_count never exceeds capacity and equals the number of going RSVPs; waitlist order is fixed.
    return this.dataSource.transaction(async (manager) => {
      const meetup = await lockMeetupForRsvp(manager, meetupId, userId);
      const closed = whyRsvpIsClosed(meetup);
      if (closed) throw closed;
      const hosts = meetup.organiserId === userId || meetup.callerCoHosts;
      if (meetup.visibility === 'invite_only' && !options.viaInvitation && !hosts) throw invitationRequired();
      const answer = () => this.answerGoing(manager, meetup, userId, options);
      if (meetup.callerStatus === null || meetup.callerStatus === 'not_going') {
        const answered = await answer();
        if (answered) return answered;
      }
      const current = await readRsvpState(manager, meetupId, userId);
      if (!current || current.rsvp.status === 'not_going') {
        // Only reachable when the lock statement saw a going RSVP that was withdrawn while it waited.
        const answered = await answer();
        if (!answered) throw new Error('An RSVP changed while its meetup was locked');
        return answered;
      }
      const { rsvp } = current;
      if (options.attendsVisibly !== undefined && options.attendsVisibly !== rsvp.attendsVisibly) {
        rsvp.attendsVisibly = options.attendsVisibly;
        await manager.update(Rsvp, rsvp.id, { attendsVisibly: options.attendsVisibly });
      }
      return current;
    });
  }

  /** Seat or waitlist for a member without a current RSVP, with its outbox row; null if they had one after all. */
  private async answerGoing(
    manager: EntityManager,
    meetup: MeetupForRsvp,
    userId: string,
    options: RsvpGoingOptions,
  ): Promise<RsvpState | null> {
    const state = await writeGoing(manager, {
      meetupId: meetup.id,
      userId,
      status: hasFreeSeat(meetup) ? 'going' : 'waitlisted',
      attendsVisibly: options.attendsVisibly,
      viaInvitation: Boolean(options.viaInvitation),
      checkInCode: newCheckInCode(),
    });
    if (!state) return null;
    const { rsvp, waitlistPosition } = state;
    const ids = { rsvpId: rsvp.id, meetupId: meetup.id, userId };
    await (rsvp.status === 'going'
      ? this.outbox.record(manager, { topic: 'rsvp.confirmed', subjectId: rsvp.id, payload: ids })
      : this.outbox.record(manager, {
          topic: 'rsvp.waitlisted',
          subjectId: rsvp.id,
          payload: { ...ids, position: waitlistPosition! },
        }));
    return state;
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
    meetup: Pick<Meetup, 'id' | 'status' | 'endsAt' | 'capacity' | 'goingCount'>,
  ): Promise<string[]> {
    if (meetup.status !== 'published' || meetup.endsAt.getTime() <= Date.now()) return [];
    const free = meetup.capacity === null ? null : meetup.capacity - meetup.goingCount;
    if (free !== null && free <= 0) return [];
    const rows = await seatFromWaitlist(manager, meetup.id, free);
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

const hasFreeSeat = (meetup: Pick<Meetup, 'capacity' | 'goingCount'>) =>
  meetup.capacity === null || meetup.goingCount < meetup.capacity;
