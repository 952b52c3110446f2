// Hosts (and, where allowed, members) invite people to a meetup; hosts list and withdraw invitations.
import { BadRequestException, Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import type { AuthenticatedUser } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { millisecondsOf, newestFirstPage, type Page, HttpError } from '@neuland/http';
import { MeetupAccess } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import { type DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { InvitationMailGate } from '../invitation-mail-gate.js';
import { type CreateInvitationsDto, targetOf } from './dto/create-invitations.dto.js';
import type { InvitationDto, InvitationListQuery, InvitationsCreatedDto } from './dto/invitation.dto.js';
import {
  invitationAlreadyAnswered,
  invitationNotFound,
  meetupNotOpenForInvitations,
  notAllowedToInvite,
} from './invitation-errors.js';
import { InvitationPresenter } from './invitation-presenter.js';
import { takeFromDailyAllowance } from './invitation-rate-limit.js';
import { InvitationRecipients, type Recipient } from './invitation-recipients.js';
import { issueInvitationToken } from './invitation-token.js';
import { effectiveStatus, Invitation } from './invitation.entity.js';
import { MeetupGuestPolicy } from './meetup-guest-policy.entity.js';

type FoundMeetup = Awaited<ReturnType<MeetupAccess['findViewable']>>['meetup'];

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class InvitationsService implements OnModuleInit {
  private readonly perDay: number;
  private readonly ttlDays: number;
  private readonly appUrl: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: MeetupAccess,
    private readonly recipients: InvitationRecipients,
    private readonly presenter: InvitationPresenter,
    private readonly outbox: OutboxService,
    private readonly mailGate: InvitationMailGate,
    private readonly audit: AuditTrail,
    config: ConfigService<AppConfig, true>,
  ) {
    this.perDay = config.get('invitations.perOrganiserPerDay', { infer: true });
    this.ttlDays = config.get('invitations.ttlDays', { infer: true });
    this.appUrl = config.get('app.url', { infer: true });
  }

  onModuleInit(): void {
    this.access.admitToInviteOnly((meetupId, userId) => isInvited(this.db.manager, meetupId, userId));
  }

  async invite(
    user: AuthenticatedUser,
    meetupId: string,
    dto: CreateInvitationsDto,
  ): Promise<InvitationsCreatedDto> {
    const target = targetOf(dto);
    if (!target) {
      throw new BadRequestException({
        error: HttpError.VALIDATION_FAILED,
        message: 'Name exactly one of handle, email, contactsInCity, knownOnlineInterestedIn.',
        details: [{ field: 'handle', message: 'exactly one invitation target is required' }],
      });
    }
    const { meetup, viewer } = await this.access.findViewable(meetupId, user);
    assertOpenForInvitations(meetup);
    if (!viewer.isHost) await this.assertMembersMayInvite(meetup, target.kind);
    const { recipients, skipped } = await this.recipients.resolve(meetup, user.id, target, viewer.isHost);
    const expiresAt = new Date(Math.min(Date.now() + this.ttlDays * DAY_MS, meetup.endsAt.getTime()));
    // Invariant: every invitation counts against its inviter's daily allowance and commits with its mail's outbox row.
    const created = await this.db.transaction(async (manager) => {
      await takeFromDailyAllowance(manager, user.id, recipients.length, this.perDay);
      return this.insert(manager, meetup.id, user.id, recipients, dto.personalMessage ?? null, expiresAt);
    });
    return {
      items: await this.presenter.forHosts(created),
      skipped: skipped + recipients.length - created.length,
    };
  }

  async listForMeetup(
    user: AuthenticatedUser,
    meetupId: string,
    query: InvitationListQuery,
  ): Promise<Page<InvitationDto>> {
    await this.access.findHostable(meetupId, user);
    const builder = this.db
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .where('invitation.meetupId = :meetupId', { meetupId });
    if (query.status === 'expired') {
      builder.andWhere(
        `(invitation.status = 'expired' OR (invitation.status = 'pending' AND invitation.expiresAt <= now()))`,
      );
    } else if (query.status === 'pending') {
      builder.andWhere(`invitation.status = 'pending' AND invitation.expiresAt > now()`);
    } else if (query.status) {
      builder.andWhere('invitation.status = :status', { status: query.status });
    }
    const { rows, nextCursor } = await newestFirstPage(
      builder,
      millisecondsOf('invitation.created_at'),
      (row) => row.createdAt.toISOString(),
      query,
    );
    return { items: await this.presenter.forHosts(rows), nextCursor };
  }

  /** Hosts withdraw any invitation to their meetup; a member withdraws the ones they sent. Idempotent. */
  async revoke(user: AuthenticatedUser, meetupId: string, invitationId: string): Promise<InvitationDto> {
    const { viewer } = await this.access.findViewable(meetupId, user);
    // Invariant: an invitation is answered or withdrawn, never both (the row lock orders revoke against accept).
    const invitation = await this.db.transaction(async (manager) => {
      const found = await manager.findOne(Invitation, {
        where: { id: invitationId, meetupId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || (!viewer.isHost && found.inviterId !== user.id)) throw invitationNotFound();
      if (found.status === 'revoked') return found;
      const status = effectiveStatus(found);
      if (status === 'accepted' || status === 'declined') throw invitationAlreadyAnswered();
      found.status = 'revoked';
      await manager.update(Invitation, found.id, { status: 'revoked' });
      // A host withdrawing an invitation someone else sent: the audit trail says who.
      if (found.inviterId !== user.id) {
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'invitation.revoked',
          target: { kind: 'invitation', id: found.id },
          before: { status },
          after: { status: 'revoked', meetupId, inviterId: found.inviterId },
        });
      }
      return found;
    });
    const [dto] = await this.presenter.forHosts([invitation]);
    return dto;
  }

  async guestPolicy(
    user: AuthenticatedUser | undefined,
    meetupId: string,
  ): Promise<{ membersMayInvite: boolean }> {
    await this.access.findViewable(meetupId, user);
    const policy = await this.db.manager.findOneBy(MeetupGuestPolicy, { meetupId });
    return { membersMayInvite: policy?.membersMayInvite ?? false };
  }

  async setGuestPolicy(
    user: AuthenticatedUser,
    meetupId: string,
    membersMayInvite: boolean,
  ): Promise<{ membersMayInvite: boolean }> {
    await this.access.findHostable(meetupId, user);
    await this.db.manager.upsert(MeetupGuestPolicy, { meetupId, membersMayInvite }, ['meetupId']);
    return { membersMayInvite };
  }

  /**
   * For the notifications worker, right before it sends an invitation.created mail: still pending, unexpired, and
   * no block between inviter and invitee since it was made.
   */
  /** Who sent the invitation the member received, and to which meetup; null unless `userId` received it. */
  async receivedBy(
    invitationId: string,
    userId: string,
  ): Promise<{ inviterId: string; meetupId: string } | null> {
    const invitation = await this.db.manager.findOneBy(Invitation, {
      id: invitationId,
      inviteeUserId: userId,
    });
    return invitation ? { inviterId: invitation.inviterId, meetupId: invitation.meetupId } : null;
  }

  async mayStillBeSent(invitationId: string): Promise<boolean> {
    return this.mailGate.mayStillBeSent(invitationId);
  }

  private async assertMembersMayInvite(meetup: FoundMeetup, kind: string): Promise<void> {
    const policy = await this.db.manager.findOneBy(MeetupGuestPolicy, { meetupId: meetup.id });
    const bringsContacts = kind === 'handle' || kind === 'contactsInCity';
    if (meetup.visibility !== 'public' || !policy?.membersMayInvite || !bringsContacts) {
      throw notAllowedToInvite();
    }
  }

  /** One statement for the whole batch; a concurrent duplicate is skipped by the unique indexes. */
  private async insert(
    manager: EntityManager,
    meetupId: string,
    inviterId: string,
    recipients: Recipient[],
    personalMessage: string | null,
    expiresAt: Date,
  ): Promise<Invitation[]> {
    if (recipients.length === 0) return [];
    const tokens = recipients.map(() => issueInvitationToken());
    const inserted: { id: string; token_hash: Buffer }[] = await manager.query(
      `INSERT INTO invitation (meetup_id, inviter_id, invitee_user_id, invitee_email, personal_message, token_hash, expires_at)
       SELECT $1, $2, r.user_id, r.email, $3, r.token_hash, $4
         FROM unnest($5::uuid[], $6::text[], $7::bytea[]) AS r(user_id, email, token_hash)
       ON CONFLICT DO NOTHING
       RETURNING id, token_hash`,
      [
        meetupId,
        inviterId,
        personalMessage,
        expiresAt,
        recipients.map((recipient) => recipient.userId),
        recipients.map((recipient) => recipient.email),
        tokens.map((token) => token.hash),
      ],
    );
    const tokenByHash = new Map(tokens.map((token) => [token.hash.toString('hex'), token.token]));
    const invitations = await manager.findBy(Invitation, { id: In(inserted.map((row) => row.id)) });
    const hashById = new Map(inserted.map((row) => [row.id, row.token_hash.toString('hex')]));
    await this.outbox.record(
      manager,
      ...invitations.map((invitation) => ({
        topic: 'invitation.created' as const,
        subjectId: invitation.id,
        payload: {
          invitationId: invitation.id,
          meetupId,
          inviterId,
          ...(invitation.inviteeEmail
            ? { email: invitation.inviteeEmail }
            : { inviteeUserId: invitation.inviteeUserId! }),
          ...(personalMessage ? { personalMessage } : {}),
          acceptUrl: `${this.appUrl}/meetups/${meetupId}?invitation=${tokenByHash.get(hashById.get(invitation.id)!)}`,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      })),
    );
    return invitations;
  }
}

function assertOpenForInvitations(meetup: FoundMeetup): void {
  if (meetup.status === 'draft') throw meetupNotOpenForInvitations('draft');
  if (meetup.status === 'cancelled') throw meetupNotOpenForInvitations('cancelled');
  if (meetup.endsAt.getTime() <= Date.now()) throw meetupNotOpenForInvitations('over');
}

/** A live invitation: accepted, or pending and not yet expired. */
export function isInvited(manager: EntityManager, meetupId: string, userId: string): Promise<boolean> {
  return manager.exists(Invitation, {
    where: [
      { meetupId, inviteeUserId: userId, status: 'accepted' },
      { meetupId, inviteeUserId: userId, status: 'pending', expiresAt: MoreThan(new Date()) },
    ],
  });
}
