// The SQL of withdrawals and promotions: each function is one round trip, so a seat change holds the meetup lock
// briefly. A "going" is one statement of its own (rsvp-going.ts).
import type { EntityManager } from 'typeorm';
import type { Meetup } from '../meetups/meetup.entity.js';
import { meetupNotFound } from '../meetups/meetup-access.js';
import { type Rsvp, rsvpFromRow } from './rsvp.entity.js';
import type { RsvpStatus } from './rsvp-statuses.js';

/** The locked meetup as far as one member's "going" is concerned. */
export type MeetupForRsvp = Pick<
  Meetup,
  | 'id'
  | 'status'
  | 'visibility'
  | 'organiserId'
  | 'capacity'
  | 'goingCount'
  | 'rsvpDeadline'
  | 'endsAt'
  | 'newcomerSeats'
  | 'newcomerSeatsOpenedAt'
> & {
  callerCoHosts: boolean;
  /** The member's RSVP as this statement saw it: possibly older than the lock when it had to wait for it. */
  callerStatus: RsvpStatus | null;
};

/**
 * Locks the meetup row and reads what a "going" needs, in one statement. Only the meetup row is current once the
 * lock is granted; the RSVP and co-host columns come from the statement's snapshot, taken before any wait.
 */
export async function lockMeetupForRsvp(
  manager: EntityManager,
  meetupId: string,
  userId: string,
): Promise<MeetupForRsvp> {
  const [row] = await manager.query(
    `SELECT m.id, m.status, m.visibility, m.organiser_id, m.capacity, m.going_count, m.rsvp_deadline, m.ends_at,
            m.newcomer_seats, m.newcomer_seats_opened_at,
            EXISTS (SELECT 1 FROM meetup_co_host h WHERE h.meetup_id = m.id AND h.user_id = $2) AS caller_co_hosts,
            r.status AS caller_status
       FROM meetup m LEFT JOIN rsvp r ON r.meetup_id = m.id AND r.user_id = $2
      WHERE m.id = $1
        FOR UPDATE OF m`,
    [meetupId, userId],
  );
  if (!row) throw meetupNotFound();
  return {
    id: row.id,
    status: row.status,
    visibility: row.visibility,
    organiserId: row.organiser_id,
    capacity: row.capacity,
    goingCount: row.going_count,
    rsvpDeadline: row.rsvp_deadline,
    endsAt: row.ends_at,
    newcomerSeats: row.newcomer_seats,
    newcomerSeatsOpenedAt: row.newcomer_seats_opened_at,
    callerCoHosts: row.caller_co_hosts,
    callerStatus: row.caller_status,
  };
}

/** The member's RSVP with its 1-based waitlist position (null unless waitlisted), in one statement. */
export async function readRsvpState(
  manager: EntityManager,
  meetupId: string,
  userId: string,
): Promise<{ rsvp: Rsvp; waitlistPosition: number | null } | null> {
  const [row] = await manager.query(
    `SELECT r.*,
            CASE WHEN r.status = 'waitlisted' THEN
              (SELECT count(*)::int FROM rsvp w
                WHERE w.meetup_id = r.meetup_id AND w.status = 'waitlisted' AND w.waitlist_ticket <= r.waitlist_ticket)
            END AS waitlist_position
       FROM rsvp r WHERE r.meetup_id = $1 AND r.user_id = $2`,
    [meetupId, userId],
  );
  return row ? { rsvp: rsvpFromRow(row), waitlistPosition: row.waitlist_position } : null;
}

/**
 * Writes a "not going" and frees the seat of a going RSVP, in one statement; call with the meetup locked, so what
 * it reads of the member's RSVP is current. Returns null, writing nothing, for an RSVP already "not going".
 */
export async function writeNotGoing(
  manager: EntityManager,
  answer: { meetupId: string; userId: string; checkInCode: string },
): Promise<{ rsvp: Rsvp; earlierStatus: RsvpStatus | null } | null> {
  const [row] = await manager.query(
    `WITH earlier AS (
       SELECT status FROM rsvp WHERE meetup_id = $1 AND user_id = $2
     ), answered AS (
       INSERT INTO rsvp AS r (meetup_id, user_id, status, attends_visibly, check_in_code, responded_at)
       VALUES ($1, $2, 'not_going', true, $3, now())
       ON CONFLICT (meetup_id, user_id) DO UPDATE
          SET status = 'not_going', waitlist_ticket = NULL, responded_at = now(), updated_at = now()
        WHERE r.status <> 'not_going'
       RETURNING r.*
     ), freed AS (
       UPDATE meetup SET going_count = going_count - 1, updated_at = now()
        WHERE id = $1 AND EXISTS (SELECT 1 FROM answered) AND (SELECT status FROM earlier) = 'going'
     )
     SELECT answered.*, (SELECT status FROM earlier) AS earlier_status FROM answered`,
    [answer.meetupId, answer.userId, answer.checkInCode],
  );
  return row ? { rsvp: rsvpFromRow(row), earlierStatus: row.earlier_status } : null;
}

/** Seats the first `free` on the waitlist (all of it when null) and counts them, in one statement. */
export async function seatFromWaitlist(
  manager: EntityManager,
  meetupId: string,
  free: number | null,
): Promise<{ id: string; user_id: string }[]> {
  return manager.query(
    `WITH promoted AS (
       UPDATE rsvp SET status = 'going', updated_at = now()
        WHERE id IN (SELECT id FROM rsvp WHERE meetup_id = $1 AND status = 'waitlisted'
                     ORDER BY waitlist_ticket LIMIT $2)
       RETURNING id, user_id, waitlist_ticket
     ), seated AS (
       UPDATE meetup SET going_count = going_count + (SELECT count(*)::int FROM promoted), updated_at = now()
        WHERE id = $1 AND EXISTS (SELECT 1 FROM promoted)
     )
     SELECT id, user_id FROM promoted ORDER BY waitlist_ticket`,
    [meetupId, free],
  );
}
