// The error codes of meetups, RSVPs, check-in and calendars. Clients rely on these strings: a code is never
// renamed, only added. Exceptions used in several places are built beside their feature (rsvps/rsvp-errors.ts).
export const MeetupsError = {
  /** Also for a meetup the caller may not see. */
  MEETUP_NOT_FOUND: 'MEETUP_NOT_FOUND',
  MEETUP_NOT_PUBLISHED: 'MEETUP_NOT_PUBLISHED',
  MEETUP_ALREADY_PUBLISHED: 'MEETUP_ALREADY_PUBLISHED',
  MEETUP_CANCELLED: 'MEETUP_CANCELLED',
  /** The meetup is over. */
  MEETUP_IN_PAST: 'MEETUP_IN_PAST',
  /** A capacity below the number of people already going. */
  CAPACITY_BELOW_GOING: 'CAPACITY_BELOW_GOING',
  /** The meetup's visibility is held by what it belongs to (a members-only circle keeps its meetups invite-only). */
  MEETUP_VISIBILITY_HELD: 'MEETUP_VISIBILITY_HELD',
  NOT_MEETUP_HOST: 'NOT_MEETUP_HOST',
  NOT_MEETUP_ORGANISER: 'NOT_MEETUP_ORGANISER',
  /** Creating a meetup needs the organiser role (under the admins' approval policy). */
  NOT_AN_ORGANISER: 'NOT_AN_ORGANISER',
  /** A meetup is handed over only to one of its co-hosts. */
  NOT_A_CO_HOST: 'NOT_A_CO_HOST',
  /** The RSVP deadline (or the end) has passed. */
  RSVP_CLOSED: 'RSVP_CLOSED',
  /** An invite-only meetup takes RSVPs through invitations only. */
  INVITATION_REQUIRED: 'INVITATION_REQUIRED',
  /** A check-in of someone without a seat. */
  NOT_GOING: 'NOT_GOING',
  CHECK_IN_CODE_UNKNOWN: 'CHECK_IN_CODE_UNKNOWN',
  CHECK_IN_NOT_OPEN: 'CHECK_IN_NOT_OPEN',
  VENUE_CODE_WRONG: 'VENUE_CODE_WRONG',
  /** Only people with a seat have a personal check-in code. */
  NO_CHECK_IN_CODE: 'NO_CHECK_IN_CODE',
  CALENDAR_FEED_NOT_FOUND: 'CALENDAR_FEED_NOT_FOUND',
  /** An account that organises upcoming meetups cannot be deleted until they are handed over or cancelled. */
  ORGANISES_MEETUPS: 'ORGANISES_MEETUPS',
  /** Newcomer seats are part of the capacity: none without one, never more than it. */
  NEWCOMER_SEATS_ABOVE_CAPACITY: 'NEWCOMER_SEATS_ABOVE_CAPACITY',
  /** Also for an offer that is not the caller's to answer. */
  SEAT_OFFER_NOT_FOUND: 'SEAT_OFFER_NOT_FOUND',
  /** The offer was taken, declined or expired, or the seat or the waitlist place behind it is gone. */
  SEAT_OFFER_CLOSED: 'SEAT_OFFER_CLOSED',
  /** The giver's seat is already held out to someone. */
  SEAT_ALREADY_OFFERED: 'SEAT_ALREADY_OFFERED',
  /**
   * A seat goes only to someone waitlisted whom the giver knows online by the introduction rule (which blocks
   * either way cut); one code for every reason, so that a refusal does not tell the giver of a block.
   */
  SEAT_RECEIVER_NOT_ELIGIBLE: 'SEAT_RECEIVER_NOT_ELIGIBLE',
  /** In an invite-only meetup, a seat goes only to someone its invitations admit. */
  SEAT_RECEIVER_NOT_INVITED: 'SEAT_RECEIVER_NOT_INVITED',
} as const;

export type MeetupsError = (typeof MeetupsError)[keyof typeof MeetupsError];
