// Whether an invitation or a coffee offer may still be mailed: asked by the notifications worker right before
// it sends, so a withdrawal, a block or an address's "never invite me again" between the request and the mail
// still stops it.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource, EntityManager } from 'typeorm';
import { effectiveStatus, Invitation } from './invitations/invitation.entity.js';
import { InvitationOptOuts } from './opt-outs/invitation-opt-outs.service.js';
import { CoffeeOffer } from './trips/coffee-offer.entity.js';

@Injectable()
export class InvitationMailGate {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly graph: SocialGraphService,
    private readonly optOuts: InvitationOptOuts,
  ) {}

  /**
   * Still pending, unexpired, its address (if it named one) not opted out, and no block between inviter and
   * invitee since it was made.
   */
  async mayStillBeSent(invitationId: string): Promise<boolean> {
    const invitation = await this.db.manager.findOneBy(Invitation, { id: invitationId });
    if (!invitation || effectiveStatus(invitation) !== 'pending') return false;
    if (invitation.inviteeEmail && (await this.optOuts.refuses(invitation.inviteeEmail))) return false;
    if (!invitation.inviteeUserId) return true;
    return !(await this.graph.isBlockedEitherWay(invitation.inviterId, invitation.inviteeUserId));
  }

  /** Members invited to a meetup who have not answered yet: they hear when it moves or is cancelled. */
  async unansweredMemberInvitees(
    meetupId: string,
    now: Date,
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows: Array<{ userId: string }> = await manager.query(
      `SELECT DISTINCT invitee_user_id AS "userId" FROM invitation
        WHERE meetup_id = $1 AND status = 'pending' AND expires_at > $2 AND invitee_user_id IS NOT NULL`,
      [meetupId, now],
    );
    return rows.map((row) => row.userId);
  }

  /**
   * Addresses of people not on Neuland invited to a meetup who have not answered yet, with who invited them (the
   * mail speaks the inviter's language): they hear when it moves or is cancelled too, unless they opted out.
   */
  async unansweredAddressInvitees(
    meetupId: string,
    now: Date,
    manager: EntityManager = this.db.manager,
  ): Promise<Array<{ email: string; inviterId: string }>> {
    const rows: Array<{ email: string; inviterId: string }> = await manager.query(
      `SELECT DISTINCT ON (lower(invitee_email)) lower(invitee_email) AS email, inviter_id AS "inviterId"
         FROM invitation
        WHERE meetup_id = $1 AND status = 'pending' AND expires_at > $2
          AND invitee_user_id IS NULL AND invitee_email IS NOT NULL
        ORDER BY lower(invitee_email), created_at`,
      [meetupId, now],
    );
    const refused = await Promise.all(rows.map((row) => this.optOuts.refuses(row.email)));
    return rows.filter((_, index) => !refused[index]);
  }

  /** Whether the address still holds an unanswered invitation to the meetup (asked again right before sending). */
  async hasUnansweredAddressInvitation(meetupId: string, email: string, now: Date): Promise<boolean> {
    const invitees = await this.unansweredAddressInvitees(meetupId, now);
    return invitees.some((invitee) => invitee.email === email.toLowerCase());
  }

  /** Whether the member still holds an unanswered invitation to the meetup (asked again right before sending). */
  async hasUnansweredInvitation(meetupId: string, userId: string, now: Date): Promise<boolean> {
    return (await this.unansweredMemberInvitees(meetupId, now)).includes(userId);
  }

  /** Neither answered nor withdrawn with its trip. */
  async isOfferOpen(offerId: string): Promise<boolean> {
    return this.db.manager.existsBy(CoffeeOffer, { id: offerId, status: 'open' });
  }
}
