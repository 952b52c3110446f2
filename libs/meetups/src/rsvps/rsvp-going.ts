// A "going" in one round trip: the SQL function rsvp_going (migration AnswerGoingInOneStatement) locks the meetup,
// decides and writes; this file names its arguments and turns its outcome into the answer or the stable error.
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { EntityManager } from 'typeorm';
import { meetupNotFound } from '../meetups/meetup-access.js';
import { MeetupsError } from '../meetups-errors.js';
import { invitationRequired, rsvpClosedError } from './rsvp-errors.js';
import { type Rsvp, rsvpFromRow } from './rsvp.entity.js';

export interface GoingRequest {
  meetupId: string;
  userId: string;
  /** Apply what the caller may see (drafts, invite-only, hidden) as MeetupAccess.findViewable does. */
  asViewer: boolean;
  isAdmin: boolean;
  /** The member's explicit choice; absent keeps an earlier RSVP's setting. */
  attendsVisibly: boolean | undefined;
  /** null: not asked yet; the function answers `ask_invitation` when an invite-only meetup needs to know. */
  viaInvitation: boolean | null;
  checkInCode: string;
}

export type GoingAnswer =
  | { kind: 'answered'; rsvp: Rsvp; waitlistPosition: number | null; timeZone: string }
  | { kind: 'ask_invitation' };

/** A row of rsvp_going: its outcome, and the caller's RSVP as it stands (rsvpFromRow reads the rest). */
interface GoingRow extends Record<string, unknown> {
  outcome: string;
  waitlist_position: number | null;
  time_zone: string;
}

/** Asked for every "going"; its columns named, so that a later change to what the function returns reaches a
 * running API as a new statement rather than as "cached plan must not change result type". */
const RSVP_GOING: PreparedStatement = {
  name: 'rsvp-going',
  text: `SELECT outcome, waitlist_position, time_zone, id, meetup_id, user_id, status, attends_visibly, via_invitation,
                waitlist_ticket, check_in_code, checked_in_at, responded_at, created_at, updated_at
           FROM rsvp_going($1, $2, $3, $4, $5, $6, $7)`,
};

/** `refusal` names the outcomes a higher feature decides inside rsvp_going (MeetupAccess.rsvpRefusal). */
export async function answerGoing(
  manager: EntityManager,
  request: GoingRequest,
  refusal: (outcome: string) => Error | undefined,
): Promise<GoingAnswer> {
  const [row] = await runPrepared<GoingRow>(manager, RSVP_GOING, [
    request.meetupId,
    request.userId,
    request.asViewer,
    request.isAdmin,
    request.attendsVisibly ?? null,
    request.viaInvitation,
    request.checkInCode,
  ]);
  switch (row.outcome) {
    case 'answered':
    case 'unchanged':
      return {
        kind: 'answered',
        rsvp: rsvpFromRow(row),
        waitlistPosition: row.waitlist_position,
        timeZone: row.time_zone,
      };
    case 'ask_invitation':
      return { kind: 'ask_invitation' };
    case 'not_found':
      throw meetupNotFound();
    case 'cancelled':
      throw rsvpClosedError(MeetupsError.MEETUP_CANCELLED);
    case 'not_published':
      throw rsvpClosedError(MeetupsError.MEETUP_NOT_PUBLISHED);
    case 'closed':
      throw rsvpClosedError(MeetupsError.RSVP_CLOSED);
    case 'invitation_required':
      throw invitationRequired();
    default:
      throw refusal(row.outcome) ?? new Error(`rsvp_going answered ${String(row.outcome)}`);
  }
}
