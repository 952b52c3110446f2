// What invitations keep about a member: invitations sent and received, trips, coffee offers. Other people appear
// by their public handle at most; an address the member invited by is shown to them as they typed it.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MeetupReadModel } from '@neuland/meetups';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

/** A pending invitation past its expiry counts as expired everywhere (it is written lazily). */
const invitationStatus = `CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired'
                               ELSE i.status::text END`;

@Injectable()
export class InvitationsPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly meetups: MeetupReadModel,
  ) {}

  onModuleInit(): void {
    this.registry.register('invitations', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const sent: Array<Record<string, unknown> & { meetupId: string }> = await snapshot.query(
      `SELECT i.meetup_id AS "meetupId",
              CASE WHEN i.invitee_email IS NULL THEN invitee.handle END AS "inviteeHandle",
              i.invitee_email AS email, ${invitationStatus} AS status, i.personal_message AS "personalMessage",
              i.created_at AS "sentAt", i.expires_at AS "expiresAt", i.responded_at AS "respondedAt"
         FROM invitation i LEFT JOIN member_profile invitee ON invitee.user_id = i.invitee_user_id
        WHERE i.inviter_id = $1 ORDER BY i.created_at`,
      [userId],
    );
    const received: Array<Record<string, unknown> & { meetupId: string }> = await snapshot.query(
      `SELECT i.meetup_id AS "meetupId", inviter.handle AS "inviterHandle",
              ${invitationStatus} AS status, i.personal_message AS "personalMessage",
              i.created_at AS "receivedAt", i.expires_at AS "expiresAt", i.responded_at AS "respondedAt"
         FROM invitation i LEFT JOIN member_profile inviter ON inviter.user_id = i.inviter_id
        WHERE i.invitee_user_id = $1 ORDER BY i.created_at`,
      [userId],
    );
    const titles = await this.meetups.titlesOf(
      [...sent, ...received].map((invitation) => invitation.meetupId),
      snapshot,
    );
    const withTitle = <T extends { meetupId: string }>({ meetupId, ...rest }: T) => ({
      meetupId,
      meetupTitle: titles.get(meetupId) ?? null,
      ...rest,
    });
    const trips = await snapshot.query(
      `SELECT t.id, t.city, to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn", t.note, t.status,
              t.coffee_meetup_id AS "coffeeMeetupId", t.created_at AS "announcedAt", t.cancelled_at AS "cancelledAt"
         FROM trip t WHERE t.traveller_id = $1 ORDER BY t.created_at`,
      [userId],
    );
    const coffeeOffers = await snapshot.query(
      `SELECT t.id AS "tripId", traveller.handle AS "travellerHandle", t.city,
              to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn",
              o.status, o.created_at AS "offeredAt", o.responded_at AS "respondedAt"
         FROM coffee_offer o
         JOIN trip t ON t.id = o.trip_id
         LEFT JOIN member_profile traveller ON traveller.user_id = t.traveller_id
        WHERE o.recipient_id = $1 ORDER BY o.created_at`,
      [userId],
    );
    return {
      invitations: { sent: sent.map(withTitle), received: received.map(withTitle) },
      trips,
      coffeeOffers,
    };
  }

  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM coffee_offer WHERE recipient_id = $1`, [userId]);
    await transaction.query(
      `DELETE FROM coffee_offer WHERE trip_id IN (SELECT id FROM trip WHERE traveller_id = $1)`,
      [userId],
    );
    await transaction.query(`DELETE FROM trip WHERE traveller_id = $1`, [userId]);
    await transaction.query(`DELETE FROM invitation WHERE inviter_id = $1 OR invitee_user_id = $1`, [userId]);
  }
}
