// "Invitations sent to an e-mail address attach to whichever account verifies that address": in the transaction
// that makes the address verified, pending invitations to it become the member's own (GET /me/invitations).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EmailChangedHooks, type User } from '@neuland/auth';
import { SocialGraphService } from '@neuland/social-graph';
import type { EntityManager } from 'typeorm';

@Injectable()
export class EmailInvitationsOnVerification implements OnModuleInit {
  constructor(
    private readonly emailChangedHooks: EmailChangedHooks,
    private readonly graph: SocialGraphService,
  ) {}

  onModuleInit(): void {
    this.emailChangedHooks.register((transaction, user) => this.attachToVerifiedAccount(transaction, user));
  }

  async attachToVerifiedAccount(transaction: EntityManager, user: User): Promise<void> {
    if (!user.emailVerifiedAt) return;
    // Skipped: meetups the member holds another invitation to (one invitation per member and meetup).
    const waiting: { id: string; inviter_id: string }[] = await transaction.query(
      `SELECT i.id, i.inviter_id FROM invitation i
        WHERE lower(i.invitee_email) = lower($1) AND i.invitee_user_id IS NULL AND i.status = 'pending'
          AND NOT EXISTS (SELECT 1 FROM invitation other
                           WHERE other.meetup_id = i.meetup_id AND other.invitee_user_id = $2)`,
      [user.email, user.id],
    );
    if (waiting.length === 0) return;
    // Blocks cut every path: an invitation from someone blocked either way stays unattached, as it stays unanswerable.
    const blocked = await this.graph.blockedEitherWay(
      user.id,
      waiting.map((invitation) => invitation.inviter_id),
    );
    const attachable = waiting.filter((invitation) => !blocked.has(invitation.inviter_id));
    await transaction.query(
      `UPDATE invitation SET invitee_user_id = $1, updated_at = now()
        WHERE id = ANY($2::uuid[]) AND invitee_user_id IS NULL`,
      [user.id, attachable.map((invitation) => invitation.id)],
    );
  }
}
