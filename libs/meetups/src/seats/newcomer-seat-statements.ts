// Promotions from the waitlist while a meetup keeps newcomer seats: the kept seats go only to waitlisted members
// who knew nobody going when they answered (rsvp.newcomer), the others only to the rest of the capacity.
import type { EntityManager } from 'typeorm';
import type { Meetup } from '../meetups/meetup.entity.js';

/** How far down the waitlist one promotion looks for newcomers; a seat left free waits for the next change. */
const WAITLIST_LOOKAHEAD = 1000;

export type MeetupKeepingSeats = Pick<
  Meetup,
  'id' | 'capacity' | 'goingCount' | 'newcomerSeats' | 'newcomerSeatsOpenedAt'
>;

/** Whether the meetup still keeps seats for newcomers (none kept without a capacity, or once they opened). */
export const keepsNewcomerSeats = (meetup: MeetupKeepingSeats): boolean =>
  meetup.capacity !== null && meetup.newcomerSeats > 0 && meetup.newcomerSeatsOpenedAt === null;

interface Waiting {
  id: string;
  user_id: string;
  newcomer: boolean;
  newcomers_seated: number;
}

/**
 * Who of the waitlist (in its order) moves up into which seat: a newcomer into a kept seat while one is free, else
 * anyone into an open one; never more than the capacity holds.
 */
export function chooseFromWaitlist(
  meetup: { capacity: number; goingCount: number; newcomerSeats: number; newcomersSeated: number },
  waiting: { id: string; newcomer: boolean }[],
): { id: string; newcomerSeat: boolean }[] {
  const { capacity, goingCount, newcomerSeats, newcomersSeated } = meetup;
  // Kept seats set on a meetup already full of others leave fewer free seats than kept ones: the capacity caps both.
  let free = capacity - goingCount;
  let keptFree = newcomerSeats - newcomersSeated;
  let openFree = capacity - newcomerSeats - (goingCount - newcomersSeated);
  const chosen: { id: string; newcomerSeat: boolean }[] = [];
  for (const member of waiting) {
    if (free <= 0 || (keptFree <= 0 && openFree <= 0)) break;
    if (member.newcomer && keptFree > 0) {
      chosen.push({ id: member.id, newcomerSeat: true });
      keptFree -= 1;
      free -= 1;
    } else if (openFree > 0) {
      chosen.push({ id: member.id, newcomerSeat: false });
      openFree -= 1;
      free -= 1;
    }
  }
  return chosen;
}

/**
 * Seats from the waitlist in ticket order, each in a seat they may hold, and counts them. Call with the meetup
 * locked and `meetup.goingCount` current; two round trips, both under that lock.
 */
export async function seatFromWaitlistKeepingNewcomerSeats(
  manager: EntityManager,
  meetup: MeetupKeepingSeats,
): Promise<{ id: string; user_id: string }[]> {
  const waiting: Waiting[] = await manager.query(
    `SELECT w.id, w.user_id, w.newcomer,
            (SELECT count(*)::int FROM rsvp g
              WHERE g.meetup_id = $1 AND g.status = 'going' AND g.newcomer_seat) AS newcomers_seated
       FROM rsvp w WHERE w.meetup_id = $1 AND w.status = 'waitlisted'
      ORDER BY w.waitlist_ticket LIMIT $2`,
    [meetup.id, WAITLIST_LOOKAHEAD],
  );
  if (waiting.length === 0) return [];
  const chosen = chooseFromWaitlist(
    { ...meetup, capacity: meetup.capacity!, newcomersSeated: waiting[0].newcomers_seated },
    waiting,
  );
  if (chosen.length === 0) return [];
  return manager.query(
    `WITH promoted AS (
       UPDATE rsvp r SET status = 'going', newcomer_seat = chosen.newcomer_seat, updated_at = now()
         FROM unnest($2::uuid[], $3::boolean[]) AS chosen(id, newcomer_seat)
        WHERE r.id = chosen.id AND r.meetup_id = $1 AND r.status = 'waitlisted'
       RETURNING r.id, r.user_id, r.waitlist_ticket
     ), seated AS (
       UPDATE meetup SET going_count = going_count + (SELECT count(*)::int FROM promoted), updated_at = now()
        WHERE id = $1 AND EXISTS (SELECT 1 FROM promoted)
     )
     SELECT id, user_id FROM promoted ORDER BY waitlist_ticket`,
    [meetup.id, chosen.map((seat) => seat.id), chosen.map((seat) => seat.newcomerSeat)],
  );
}
