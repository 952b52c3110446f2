// Who may see and who may change a meetup: one place, used by every endpoint of the feature.
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, emailNotVerified } from '@neuland/auth';
import { type DataSource, type EntityManager } from 'typeorm';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import { type Rsvp, RSVP_COLUMNS, rsvpFromRow } from '../rsvps/rsvp.entity.js';
import { Meetup } from './meetup.entity.js';
import type { MeetupVisibility } from './meetup-states.js';
import { type MeetupPageFacts, readMeetupPage } from './meetup-page.js';
import { MeetupsError } from '../meetups-errors.js';

/** The caller as far as one meetup is concerned. */
export interface MeetupViewer {
  user?: AuthenticatedUser;
  isOrganiser: boolean;
  isCoHost: boolean;
  /** Organiser, co-host or admin with a verified e-mail address: may edit and see the full attendee list. */
  isHost: boolean;
  /**
   * Organiser, co-host or admin who has not verified the e-mail address: sees the meetup as a host does, but may
   * do nothing as one (host routes answer EMAIL_NOT_VERIFIED, shared ones answer as for any member).
   */
  isUnverifiedHost: boolean;
  rsvp: Rsvp | null;
  /** An invitation (through a registered InviteOnlyAdmission) lets this member into an invite-only meetup. */
  invited: boolean;
}

/**
 * How the invitations feature admits members to invite-only meetups without touching this feature's tables:
 * register one at start (`meetupAccess.admitToInviteOnly(...)` in onModuleInit); any that answers true admits.
 */
interface CallerRelation {
  coHost: boolean;
  /**
   * A higher feature lets the caller host the meetup as its co-hosts do without being named (circles: the owner and
   * co-organisers of the meetup's circle run its meetups). They fill in the SQL function shares_hosting, which the
   * statements that read this relation ask (migration AskHostingSharesInTheStatement).
   */
  sharesHosting: boolean;
  rsvp: Rsvp | null;
}

export type InviteOnlyAdmission = (meetupId: string, userId: string) => Promise<boolean>;

/**
 * How a higher feature names its refusal of a member's "going" (circles: BANNED_FROM_CIRCLE). The SQL function
 * rsvp_going decides it under the meetup's lock, in the RSVP's one round trip, and answers an outcome of its own
 * ('banned_from_circle'); register the error for that outcome at start with `explainRsvpRefusal(...)`.
 */
export type RsvpRefusal = () => Error;

/**
 * How a higher feature holds a meetup to a visibility (circles: a members-only circle's meetups stay invite-only,
 * whatever a host asks): register one with `holdVisibilityWith(...)`; it throws `visibilityHeld(...)`, or returns.
 */
export type VisibilityHold = (meetupId: string, visibility: MeetupVisibility) => Promise<void>;

/** The caller's relation to a meetup; the RSVP's columns by name, since a `r.*` in a prepared statement breaks when a
 * migration adds a column. */
const CALLER_RELATION: PreparedStatement = {
  name: 'meetup-caller-relation',
  text: `SELECT EXISTS (SELECT 1 FROM meetup_co_host h WHERE h.meetup_id = $1 AND h.user_id = $2) AS co_hosts,
                EXISTS (SELECT 1 FROM shares_hosting($1, $2)) AS shares_hosting,
                ${RSVP_COLUMNS.map((column) => `r.${column}`).join(', ')}
           FROM (SELECT 1) AS caller LEFT JOIN rsvp r ON r.meetup_id = $1 AND r.user_id = $2`,
};

export const visibilityHeld = (message: string) =>
  new ConflictException({ error: MeetupsError.MEETUP_VISIBILITY_HELD, message });

export const meetupNotFound = () =>
  new NotFoundException({ error: MeetupsError.MEETUP_NOT_FOUND, message: 'There is no such meetup.' });

@Injectable()
export class MeetupAccess {
  private readonly admissions: InviteOnlyAdmission[] = [];
  private readonly refusals = new Map<string, RsvpRefusal>();
  private readonly visibilityHolds: VisibilityHold[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  admitToInviteOnly(admission: InviteOnlyAdmission): void {
    this.admissions.push(admission);
  }

  holdVisibilityWith(hold: VisibilityHold): void {
    this.visibilityHolds.push(hold);
  }

  /** Throws the first registered hold that keeps the meetup from becoming `visibility`. */
  async assertMayBecome(meetupId: string, visibility: MeetupVisibility): Promise<void> {
    for (const hold of this.visibilityHolds) await hold(meetupId, visibility);
  }

  explainRsvpRefusal(outcome: string, refusal: RsvpRefusal): void {
    this.refusals.set(outcome, refusal);
  }

  /** The error a higher feature registered for an outcome of rsvp_going, if any did. */
  rsvpRefusal(outcome: string): Error | undefined {
    return this.refusals.get(outcome)?.();
  }

  async viewerOf(
    meetup: Meetup,
    user: AuthenticatedUser | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetupViewer> {
    return this.viewerFrom(
      meetup,
      user,
      user ? await this.relationOf(meetup.id, user.id, manager) : undefined,
    );
  }

  /** Whether the caller co-hosts the meetup, and their RSVP: one statement, asked by every member's meetup request. */
  private async relationOf(
    meetupId: string,
    userId: string,
    manager: EntityManager,
  ): Promise<CallerRelation> {
    const [row] = await runPrepared<Record<string, unknown> & { co_hosts: boolean; shares_hosting: boolean }>(
      manager,
      CALLER_RELATION,
      [meetupId, userId],
    );
    return {
      coHost: row.co_hosts,
      sharesHosting: row.shares_hosting,
      rsvp: row.id ? rsvpFromRow(row) : null,
    };
  }

  private async viewerFrom(
    meetup: Meetup,
    user: AuthenticatedUser | undefined,
    relation: CallerRelation | undefined,
  ): Promise<MeetupViewer> {
    if (!user || !relation) {
      return {
        isOrganiser: false,
        isCoHost: false,
        isHost: false,
        isUnverifiedHost: false,
        rsvp: null,
        invited: false,
      };
    }
    const { rsvp } = relation;
    const isOrganiser = meetup.organiserId === user.id;
    const coHost = relation.coHost || (!isOrganiser && relation.sharesHosting);
    const hosts = isOrganiser || coHost || user.role === 'admin';
    // Read from PostgreSQL with the caller's session on every request: a changed address stops host rights at once.
    const verified = hosts && user.emailVerified;
    const invited =
      meetup.visibility === 'invite_only' && !hosts && (await this.holdsInvitation(meetup.id, user.id));
    return {
      user,
      isOrganiser,
      isCoHost: coHost,
      isHost: hosts && verified,
      isUnverifiedHost: hosts && !verified,
      rsvp,
      invited,
    };
  }

  /**
   * Drafts only to hosts; public and unlisted meetups to anyone who has the link; invite-only ones to hosts and
   * to people holding an RSVP or an invitation.
   */
  mayView(meetup: Meetup, viewer: MeetupViewer): boolean {
    if (viewer.isHost || viewer.isUnverifiedHost) return true;
    if (meetup.status === 'draft') return false;
    if (meetup.visibility !== 'invite_only') return true;
    return viewer.invited || (viewer.rsvp !== null && viewer.rsvp.status !== 'not_going');
  }

  /** Whether a registered InviteOnlyAdmission lets the member into the invite-only meetup. */
  async holdsInvitation(meetupId: string, userId: string): Promise<boolean> {
    for (const admission of this.admissions) if (await admission(meetupId, userId)) return true;
    return false;
  }

  /** The meetup and the caller's relation to it, or 404 for those who may not know it exists. */
  async findViewable(
    meetupId: string,
    user: AuthenticatedUser | undefined,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ meetup: Meetup; viewer: MeetupViewer }> {
    const find = () =>
      manager.findOne(Meetup, {
        where: { id: meetupId },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
    const relate = () => (user ? this.relationOf(meetupId, user.id, manager) : undefined);
    // Both questions need only the ids, so they go out together: one round trip's wait instead of two. A locking
    // caller asks in turn, so that its RSVP is read after the lock and sees what earlier holders committed.
    const [meetup, relation] = lock ? [await find(), await relate()] : await Promise.all([find(), relate()]);
    if (!meetup) throw meetupNotFound();
    const viewer = await this.viewerFrom(meetup, user, relation);
    if (!this.mayView(meetup, viewer)) throw meetupNotFound();
    // Hidden by an admin, or its organiser suspended: hosts and admins still see it, nobody else learns it exists.
    const hosts = viewer.isHost || viewer.isUnverifiedHost;
    if (!hosts && (meetup.hiddenAt || (await organiserSuspended(manager, meetup)))) throw meetupNotFound();
    return { meetup, viewer };
  }

  /**
   * As findViewable, in one statement that also reads everything the meetup's page shows (GET /meetups/:id): the
   * same rules, decided on the same facts, read together.
   */
  async findViewablePage(
    meetupId: string,
    user: AuthenticatedUser | undefined,
  ): Promise<{ meetup: Meetup; viewer: MeetupViewer; facts: MeetupPageFacts }> {
    const page = await readMeetupPage(this.dataSource.manager, meetupId, user?.id);
    if (!page) throw meetupNotFound();
    const { meetup, relation, organiserSuspended } = page;
    const viewer = await this.viewerFrom(meetup, user, relation);
    if (!this.mayView(meetup, viewer)) throw meetupNotFound();
    const hosts = viewer.isHost || viewer.isUnverifiedHost;
    if (!hosts && (meetup.hiddenAt || organiserSuspended)) throw meetupNotFound();
    return { meetup, viewer, facts: page.facts };
  }

  /**
   * Like findViewable, and 403 for people who see the meetup but do not host it, or host it without a verified
   * e-mail address. Every host action passes here (or through findOrganised).
   */
  async findHostable(
    meetupId: string,
    user: AuthenticatedUser,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ meetup: Meetup; viewer: MeetupViewer }> {
    const found = await this.findViewable(meetupId, user, manager, lock);
    if (found.viewer.isUnverifiedHost) throw emailNotVerified();
    if (!found.viewer.isHost) {
      throw new ForbiddenException({
        error: MeetupsError.NOT_MEETUP_HOST,
        message: 'Only the organiser and co-hosts can do this.',
      });
    }
    return found;
  }

  /** Only the organiser (or an admin) names co-hosts; co-hosts get 403 like other non-organisers. */
  async findOrganised(
    meetupId: string,
    user: AuthenticatedUser,
  ): Promise<{ meetup: Meetup; viewer: MeetupViewer }> {
    const found = await this.findViewable(meetupId, user);
    if (!found.viewer.isOrganiser && user.role !== 'admin') {
      throw new ForbiddenException({
        error: MeetupsError.NOT_MEETUP_ORGANISER,
        message: 'Only the organiser can do this.',
      });
    }
    if (found.viewer.isUnverifiedHost) throw emailNotVerified();
    return found;
  }
}

async function organiserSuspended(manager: EntityManager, meetup: Meetup): Promise<boolean> {
  if (!meetup.organiserId) return false;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM member_account WHERE user_id = $1 AND suspended`,
    [meetup.organiserId],
  );
  return rows.length > 0;
}
