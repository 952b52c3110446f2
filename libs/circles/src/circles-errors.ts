// The error codes of circles, their members and their meetups. Clients rely on these strings: a code is never
// renamed, only added.
export const CirclesError = {
  /** Also for a slug that cannot be one, and a circle the caller may not see. */
  CIRCLE_NOT_FOUND: 'CIRCLE_NOT_FOUND',
  /** Another circle has the slug, or it names one of the app's own addresses. */
  CIRCLE_SLUG_TAKEN: 'CIRCLE_SLUG_TAKEN',
  /** Only the circle's owner and co-organisers may do this. */
  NOT_CIRCLE_ORGANISER: 'NOT_CIRCLE_ORGANISER',
  /** Only the circle's owner may do this (hand over, name co-organisers). */
  NOT_CIRCLE_OWNER: 'NOT_CIRCLE_OWNER',
  /** The person acted on is not a member of the circle. */
  NOT_CIRCLE_MEMBER: 'NOT_CIRCLE_MEMBER',
  /** The owner cannot leave, be removed or banned: hand the circle over first. */
  OWNER_STAYS: 'OWNER_STAYS',
  /** Banned from the circle: no joining, no RSVPs to its meetups. */
  BANNED_FROM_CIRCLE: 'BANNED_FROM_CIRCLE',
  /** No join request of that member is waiting. */
  JOIN_REQUEST_NOT_FOUND: 'JOIN_REQUEST_NOT_FOUND',
  /** The caller is not a member of the circle (choosing how to hear of its meetups). */
  NOT_A_CIRCLE_MEMBER: 'NOT_A_CIRCLE_MEMBER',
  /** The recurrence rule cannot be read, or asks for what a series does not do (see the message). */
  INVALID_RECURRENCE_RULE: 'INVALID_RECURRENCE_RULE',
  /** No such series, or the meetup is not one of its occurrences. */
  SERIES_NOT_FOUND: 'SERIES_NOT_FOUND',
} as const;

export type CirclesError = (typeof CirclesError)[keyof typeof CirclesError];
