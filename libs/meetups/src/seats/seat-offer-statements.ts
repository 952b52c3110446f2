// The SQL of seat offers. Everything that moves a seat runs with the meetup row locked (lockMeetupForRsvp), the
// same lock every RSVP takes, so a hand-over and the RSVPs around it are serialised per meetup.
import { type ImageView, imageSql } from '@neuland/media';
import type { EntityManager } from 'typeorm';
import type { SeatOfferStatus } from './dto/seat-offer.dto.js';

export interface SeatPersonRow {
  user_id: string;
  handle: string;
  display_name: string;
  photo: ImageView | null;
}

export interface SeatOfferRow {
  id: string;
  meetup_id: string;
  giver_id: string;
  receiver_id: string;
  status: SeatOfferStatus;
  expires_at: Date;
}

const personSql = (alias: string) =>
  `${alias}.user_id, ${alias}.handle, ${alias}.display_name,
   ${imageSql('photo', `${alias}.photo`, `${alias}.photo_placeholder`)} AS photo`;

/**
 * The waitlisted members the giver may hand a seat to: on the waitlist and showing their attendance, and told
 * about by the giver under the introduction rule (which blocks either way and `off` cut). `only` narrows to one.
 * While the meetup keeps newcomer seats, a giver in a kept seat may hand it only to a newcomer.
 */
export function eligibleReceivers(
  manager: EntityManager,
  meetupId: string,
  giverId: string,
  only: string | null,
  keptSeatNeedsNewcomer: boolean,
): Promise<SeatPersonRow[]> {
  return manager.query(
    `SELECT ${personSql('p')}
       FROM told_about(ARRAY[$2::uuid], ARRAY(
              SELECT r.user_id FROM rsvp r JOIN member_profile v ON v.user_id = r.user_id
               WHERE r.meetup_id = $1 AND r.status = 'waitlisted' AND r.attends_visibly
                 AND v.attendance_visibility <> 'private' AND ($3::uuid IS NULL OR r.user_id = $3)
                 AND (NOT $4 OR r.newcomer OR NOT EXISTS (
                       SELECT 1 FROM rsvp g WHERE g.meetup_id = $1 AND g.user_id = $2 AND g.newcomer_seat)))) t
       JOIN member_profile p ON p.user_id = t.user_id
      ORDER BY p.display_name, p.user_id
      LIMIT 100`,
    [meetupId, giverId, only, keptSeatNeedsNewcomer],
  );
}

/** One member's face as the other side of an offer sees it. */
export async function seatPerson(manager: EntityManager, userId: string): Promise<SeatPersonRow> {
  const [row] = await manager.query(`SELECT ${personSql('p')} FROM member_profile p WHERE p.user_id = $1`, [
    userId,
  ]);
  return row;
}

export async function findSeatOffer(manager: EntityManager, offerId: string): Promise<SeatOfferRow | null> {
  const [row] = await manager.query(`SELECT * FROM seat_offer WHERE id = $1`, [offerId]);
  return row ?? null;
}

export interface SeatHolding {
  status: string;
  newcomer: boolean;
  newcomerSeat: boolean;
}

/** The RSVPs of the members named, read after the lock. */
export async function seatHoldings(
  manager: EntityManager,
  meetupId: string,
  userIds: string[],
): Promise<Map<string, SeatHolding>> {
  const rows: { user_id: string; status: string; newcomer: boolean; newcomer_seat: boolean }[] =
    await manager.query(
      `SELECT user_id, status, newcomer, newcomer_seat FROM rsvp WHERE meetup_id = $1 AND user_id = ANY($2::uuid[])`,
      [meetupId, userIds],
    );
  return new Map(
    rows.map((row) => [
      row.user_id,
      { status: row.status, newcomer: row.newcomer, newcomerSeat: row.newcomer_seat },
    ]),
  );
}

/**
 * Closes open offers whose seat or waitlist place is gone (the giver withdrew, the receiver moved up or left),
 * then records the new one; null when the giver's seat or the receiver is already held in another open offer.
 */
export async function recordSeatOffer(
  manager: EntityManager,
  offer: { meetupId: string; giverId: string; receiverId: string; expiresAt: Date; now: Date },
): Promise<SeatOfferRow | null> {
  await manager.query(
    `UPDATE seat_offer o SET status = 'lapsed', settled_at = $4
      WHERE o.meetup_id = $1 AND o.status = 'open' AND (o.giver_id = $2 OR o.receiver_id = $3)
        AND (NOT EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = $1 AND r.user_id = o.giver_id AND r.status = 'going')
          OR NOT EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = $1 AND r.user_id = o.receiver_id
                            AND r.status = 'waitlisted'))`,
    [offer.meetupId, offer.giverId, offer.receiverId, offer.now],
  );
  const [row] = await manager.query(
    `INSERT INTO seat_offer (meetup_id, giver_id, receiver_id, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING *`,
    [offer.meetupId, offer.giverId, offer.receiverId, offer.expiresAt],
  );
  return row ?? null;
}

/**
 * The hand-over itself, in one statement: the giver's RSVP becomes "not going", the receiver's "going", the offer
 * "taken". The number of seats taken does not change. A kept newcomer seat stays one only for a newcomer.
 */
export async function handOverSeat(
  manager: EntityManager,
  offer: SeatOfferRow,
  giverHeldKeptSeat: boolean,
  now: Date,
): Promise<{ giverRsvpId: string; takerRsvpId: string }> {
  const [row] = await manager.query(
    `WITH giver AS (
       UPDATE rsvp SET status = 'not_going', waitlist_ticket = NULL, newcomer_seat = false,
                       responded_at = now(), updated_at = now()
        WHERE meetup_id = $1 AND user_id = $2 AND status = 'going'
       RETURNING id
     ), taker AS (
       UPDATE rsvp SET status = 'going', newcomer_seat = newcomer AND $6, updated_at = now()
        WHERE meetup_id = $1 AND user_id = $3 AND status = 'waitlisted' AND EXISTS (SELECT 1 FROM giver)
       RETURNING id
     ), taken AS (
       UPDATE seat_offer SET status = 'taken', settled_at = $5 WHERE id = $4 AND EXISTS (SELECT 1 FROM taker)
     )
     SELECT (SELECT id FROM giver) AS giver_rsvp_id, (SELECT id FROM taker) AS taker_rsvp_id`,
    [offer.meetup_id, offer.giver_id, offer.receiver_id, offer.id, now, giverHeldKeptSeat],
  );
  if (!row.giver_rsvp_id || !row.taker_rsvp_id) {
    // Checked under the same lock just before: reaching this means the checks and this statement disagree.
    throw new Error(`seat offer ${offer.id} could not be handed over`);
  }
  return { giverRsvpId: row.giver_rsvp_id, takerRsvpId: row.taker_rsvp_id };
}

/** Settles an open offer; false when it was no longer open. */
export async function settleSeatOffer(
  manager: EntityManager,
  offerId: string,
  status: Extract<SeatOfferStatus, 'declined' | 'expired' | 'lapsed'>,
  now: Date,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `UPDATE seat_offer SET status = $2, settled_at = $3 WHERE id = $1 AND status = 'open' RETURNING id`,
    [offerId, status, now],
  );
  return rows.length > 0;
}

/** The open offers due to expire by `now`, oldest first. */
export async function dueSeatOffers(
  manager: EntityManager,
  now: Date,
  limit: number,
): Promise<SeatOfferRow[]> {
  return manager.query(
    `SELECT * FROM seat_offer WHERE status = 'open' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
    [now, limit],
  );
}

export type OpenSeatOffer = SeatOfferRow & { giver: SeatPersonRow; receiver: SeatPersonRow };

/**
 * The open offers of one meetup that concern the member, with both sides' faces; an offer whose seat or waitlist
 * place is gone is no longer shown.
 */
export function openSeatOffersOf(
  manager: EntityManager,
  meetupId: string,
  userId: string,
): Promise<OpenSeatOffer[]> {
  return manager.query(
    `SELECT o.*,
            (SELECT row_to_json(g) FROM (SELECT ${personSql('gp')} FROM member_profile gp
              WHERE gp.user_id = o.giver_id) g) AS giver,
            (SELECT row_to_json(r) FROM (SELECT ${personSql('rp')} FROM member_profile rp
              WHERE rp.user_id = o.receiver_id) r) AS receiver
       FROM seat_offer o
      WHERE o.meetup_id = $1 AND o.status = 'open' AND (o.giver_id = $2 OR o.receiver_id = $2)
        AND EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = $1 AND r.user_id = o.giver_id AND r.status = 'going')
        AND EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = $1 AND r.user_id = o.receiver_id
                       AND r.status = 'waitlisted')`,
    [meetupId, userId],
  );
}
