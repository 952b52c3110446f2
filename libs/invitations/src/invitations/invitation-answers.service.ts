// The invitee's side: accept or decline by the secret token, and the list of one's own invitations.
import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actingFor, type AuthenticatedUser, emailNotVerified, EmailVerificationService } from '@neuland/auth';
import { isUniqueViolation } from '@neuland/database';
import { millisecondsOf, newestFirstPage, type Page, type PageQuery, HttpError } from '@neuland/http';
import { MeetupAccess, RsvpService } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource, EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import type {
  InvitationAnswerDto,
  InvitationPreviewDto,
  ReceivedInvitationDto,
} from './dto/invitation.dto.js';
import { invitationExpired, invitationNotFound, invitationRevoked } from './invitation-errors.js';
import { InvitationPresenter } from './invitation-presenter.js';
import { hashInvitationToken, looksLikeInvitationToken } from './invitation-token.js';
import { effectiveStatus, Invitation } from './invitation.entity.js';
import { InvitationsError } from '../invitations-errors.js';

@Injectable()
export class InvitationAnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rsvps: RsvpService,
    private readonly access: MeetupAccess,
    private readonly graph: SocialGraphService,
    private readonly outbox: OutboxService,
    private readonly presenter: InvitationPresenter,
    private readonly emailVerification: EmailVerificationService,
  ) {}

  /**
   * What the invitation link shows before anyone signs in (the landing page of the sign-up link): who invites, to
   * what, when and where. The meetup is read as its inviter sees it, so an invite-only meetup can be shown here.
   */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.findByToken(this.db.manager, token);
    if (!invitation) throw invitationNotFound();
    refuseClosed(invitation);
    const inviter = actingFor(invitation.inviterId);
    const { meetup } = await this.access.findViewable(invitation.meetupId, inviter);
    const zoned = (instant: Date) =>
      DateTime.fromJSDate(instant, { zone: meetup.timeZone }).toISO({ suppressMilliseconds: true })!;
    const [received] = await this.presenter.forInvitees([invitation]);
    return {
      invitation: received,
      meetup: {
        id: meetup.id,
        title: meetup.title,
        city: meetup.city,
        startsAt: zoned(meetup.startsAt),
        endsAt: zoned(meetup.endsAt),
        timeZone: meetup.timeZone,
        status: meetup.status,
      },
    };
  }

  /**
   * "Yes": an RSVP through the ordinary capacity and waitlist rules. Accepting again answers with the same RSVP.
   * The RSVP commits in RsvpService's own transaction while this one holds the invitation's row lock; should this
   * one fail afterwards, the invitation stays pending and accepting again finds the RSVP in place (idempotent).
   */
  async accept(user: AuthenticatedUser, token: string, meetupId?: string): Promise<InvitationAnswerDto> {
    await this.requireVerifiedAddress(user, token);
    // Invariant: an invitation is accepted at most once, by its one invitee, and never after revocation or expiry.
    const invitation = await this.db.transaction(async (manager) => {
      const found = await this.findAnswerable(manager, user, token, meetupId);
      if (found.status === 'accepted') return found;
      const firstAnswer = { status: 'accepted' as const, respondedAt: new Date(), inviteeUserId: user.id };
      await this.answer(manager, found, firstAnswer);
      await this.rsvps.rsvpGoing(found.meetupId, user.id, { viaInvitation: true });
      await this.outbox.record(manager, {
        topic: 'invitation.accepted',
        subjectId: found.id,
        payload: {
          invitationId: found.id,
          meetupId: found.meetupId,
          inviterId: found.inviterId,
          inviteeUserId: user.id,
        },
      });
      return Object.assign(found, firstAnswer);
    });
    const state = await this.rsvps.findState(invitation.meetupId, user.id);
    const [dto] = await this.presenter.forInvitees([invitation]);
    return {
      invitation: dto,
      rsvp: state ? { status: state.rsvp.status, waitlistPosition: state.waitlistPosition } : null,
    };
  }

  /**
   * "No, thanks": after an acceptance this also gives the seat back (to the waitlist). Idempotent. Without a login
   * the mailed token alone declines a pending invitation (someone not on Neuland should not have to sign up to say
   * no); giving back a seat needs the invitee's login.
   */
  async decline(
    user: AuthenticatedUser | undefined,
    token: string,
    meetupId?: string,
  ): Promise<InvitationAnswerDto> {
    // Invariant: a declined invitation holds no seat.
    const invitation = await this.db.transaction(async (manager) => {
      const found = user
        ? await this.findAnswerable(manager, user, token, meetupId)
        : await this.findDeclinableByToken(manager, token, meetupId);
      if (found.status === 'declined') return found;
      if (found.status === 'accepted') await this.rsvps.respondNotGoing(found.meetupId, user!.id);
      const answer = {
        status: 'declined' as const,
        respondedAt: new Date(),
        inviteeUserId: user?.id ?? found.inviteeUserId,
      };
      await this.answer(manager, found, answer);
      await this.outbox.record(manager, {
        topic: 'invitation.declined',
        subjectId: found.id,
        payload: { invitationId: found.id, meetupId: found.meetupId, inviterId: found.inviterId },
      });
      return Object.assign(found, answer);
    });
    const [dto] = await this.presenter.forInvitees([invitation]);
    return { invitation: dto, rsvp: null };
  }

  async listMine(user: AuthenticatedUser, query: PageQuery): Promise<Page<ReceivedInvitationDto>> {
    const builder = this.db
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .where('invitation.inviteeUserId = :userId', { userId: user.id })
      .andWhere(`invitation.status <> 'revoked'`);
    const { rows, nextCursor } = await newestFirstPage(
      builder,
      millisecondsOf('invitation.created_at'),
      (row) => row.createdAt.toISOString(),
      query,
    );
    // A block made after the invitation hides it: nothing from a blocked (or blocking) inviter reaches the invitee.
    const blocked = await this.graph.blockedEitherWay(
      user.id,
      rows.map((invitation) => invitation.inviterId),
    );
    return {
      items: await this.presenter.forInvitees(
        rows.filter((invitation) => !blocked.has(invitation.inviterId)),
      ),
      nextCursor,
    };
  }

  /** Records the answer; binding an e-mail invitation to a member who holds another invitation there is a 409. */
  private async answer(
    manager: EntityManager,
    invitation: Invitation,
    answer: Pick<Invitation, 'status' | 'respondedAt' | 'inviteeUserId'>,
  ): Promise<void> {
    try {
      await manager.update(Invitation, invitation.id, answer);
    } catch (error) {
      if (!isUniqueViolation(error, 'uq_invitation_meetup_invitee')) throw error;
      throw new ConflictException({
        error: InvitationsError.ALREADY_INVITED,
        message: 'You hold another invitation to this meetup: answer that one.',
      });
    }
  }

  /**
   * Taking part needs a verified address; an e-mail invitation's link, opened by the account with that address,
   * proves it. Its own transaction, committed first: verifying attaches invitation rows, and a row changed twice in
   * one transaction re-checks its foreign keys, which would wait for the meetup lock the RSVP takes meanwhile.
   */
  private async requireVerifiedAddress(user: AuthenticatedUser, token: string): Promise<void> {
    const proven = await this.db.transaction(async (manager) => {
      const invitation = await this.findByToken(manager, token);
      return this.emailVerification.isVerifiedOrProvenBy(manager, user.id, invitation?.inviteeEmail ?? null);
    });
    if (!proven) throw emailNotVerified();
  }

  /** The invitation behind a token, or null (also for anything that cannot be a token); `lock` for an answer. */
  private async findByToken(manager: EntityManager, token: string, lock = false): Promise<Invitation | null> {
    if (!looksLikeInvitationToken(token)) return null;
    const query = manager
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .where('invitation.tokenHash = :hash', { hash: hashInvitationToken(token) });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The invitation behind a token for a caller without a login: only a decline of one not accepted yet. */
  private async findDeclinableByToken(
    manager: EntityManager,
    token: string,
    meetupId: string | undefined,
  ): Promise<Invitation> {
    const found = await this.findByToken(manager, token, true);
    if (!found || (meetupId !== undefined && found.meetupId !== meetupId)) throw invitationNotFound();
    refuseClosed(found);
    if (found.status === 'accepted') {
      throw new UnauthorizedException({
        error: HttpError.UNAUTHENTICATED,
        message: 'Log in to give back the seat you accepted.',
      });
    }
    return found;
  }

  /**
   * The invitation behind a token, locked, if this caller may answer it: 404 for unknown tokens, tokens of another
   * meetup and invitations addressed to someone else; 410 once revoked or expired. An invitation by e-mail to
   * someone not yet on Neuland belongs to whoever signs in with its token (the link went to that address).
   */
  private async findAnswerable(
    manager: EntityManager,
    user: AuthenticatedUser,
    token: string,
    meetupId: string | undefined,
  ): Promise<Invitation> {
    const found = await this.findByToken(manager, token, true);
    if (!found) throw invitationNotFound();
    if (meetupId !== undefined && found.meetupId !== meetupId) throw invitationNotFound();
    if (found.inviteeUserId !== null && found.inviteeUserId !== user.id) throw invitationNotFound();
    if (found.inviteeUserId === null && (await this.graph.isBlockedEitherWay(found.inviterId, user.id))) {
      throw invitationNotFound();
    }
    refuseClosed(found);
    return found;
  }
}

/** 410 for an invitation nobody can answer any more. */
function refuseClosed(invitation: Invitation): void {
  if (invitation.status === 'revoked') throw invitationRevoked();
  if (effectiveStatus(invitation) === 'expired') throw invitationExpired();
}
