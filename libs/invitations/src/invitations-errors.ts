// The error codes of invitations, opt-outs and trips. Clients rely on these strings: a code is never renamed, only
// added. The exceptions are built beside their feature (invitations/invitation-errors.ts, trips/trip-errors.ts);
// a meetup that takes no invitations answers with MeetupsError's codes.
export const InvitationsError = {
  /** Also for tokens of another meetup or invitee. */
  INVITATION_NOT_FOUND: 'INVITATION_NOT_FOUND',
  INVITATION_EXPIRED: 'INVITATION_EXPIRED',
  /** The host withdrew it. */
  INVITATION_REVOKED: 'INVITATION_REVOKED',
  /** The invitee answered; it can no longer be withdrawn. */
  INVITATION_ALREADY_ANSWERED: 'INVITATION_ALREADY_ANSWERED',
  /** The member holds another invitation to the same meetup. */
  ALREADY_INVITED: 'ALREADY_INVITED',
  NOT_ALLOWED_TO_INVITE: 'NOT_ALLOWED_TO_INVITE',
  /** Members may bring only people they follow mutually. */
  INVITEE_NOT_A_CONTACT: 'INVITEE_NOT_A_CONTACT',
  INVALID_OPT_OUT_LINK: 'INVALID_OPT_OUT_LINK',
  /** Also for trips that made the caller no offer. */
  TRIP_NOT_FOUND: 'TRIP_NOT_FOUND',
  TRIP_CANCELLED: 'TRIP_CANCELLED',
  TRIP_OVER: 'TRIP_OVER',
} as const;

export type InvitationsError = (typeof InvitationsError)[keyof typeof InvitationsError];
