// What networking keeps about a member: their buddy choices and buddies, the wishes they made and the "we met" they
// confirmed. Wishes and confirmations others made about them appear only where both sides agreed, as everywhere.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

@Injectable()
export class NetworkingPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register('networking', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const buddyChoices = await snapshot.query(
      `SELECT meetup_id AS "meetupId", role AS choice, chosen_at AS "chosenAt" FROM buddy_choice
        WHERE user_id = $1 ORDER BY chosen_at`,
      [userId],
    );
    const buddies = await snapshot.query(
      `SELECT b.meetup_id AS "meetupId", p.handle AS "buddyHandle",
              CASE WHEN b.welcomer_id = $1 THEN 'welcome' ELSE 'be_welcomed' END AS role, b.paired_at AS "pairedAt"
         FROM buddy_pair b
         LEFT JOIN member_profile p ON p.user_id = CASE WHEN b.welcomer_id = $1 THEN b.welcomed_id ELSE b.welcomer_id END
        WHERE b.welcomer_id = $1 OR b.welcomed_id = $1 ORDER BY b.paired_at`,
      [userId],
    );
    const meetingWishes = await snapshot.query(
      `SELECT w.meetup_id AS "meetupId", p.handle AS "wishedHandle", w.wished_at AS "wishedAt"
         FROM meeting_wish w LEFT JOIN member_profile p ON p.user_id = w.wished_id
        WHERE w.wisher_id = $1 ORDER BY w.wished_at`,
      [userId],
    );
    const weMet = await snapshot.query(
      `SELECT c.meetup_id AS "meetupId", p.handle AS "metHandle", c.confirmed_at AS "confirmedAt",
              EXISTS (SELECT 1 FROM met_confirmation back WHERE back.meetup_id = c.meetup_id
                         AND back.confirmer_id = c.met_id AND back.met_id = c.confirmer_id) AS "bothConfirmed"
         FROM met_confirmation c LEFT JOIN member_profile p ON p.user_id = c.met_id
        WHERE c.confirmer_id = $1 ORDER BY c.confirmed_at`,
      [userId],
    );
    return { networking: { buddyChoices, buddies, meetingWishes, weMet } };
  }

  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM buddy_choice WHERE user_id = $1`, [userId]);
    await transaction.query(`DELETE FROM buddy_pair WHERE welcomer_id = $1 OR welcomed_id = $1`, [userId]);
    await transaction.query(`DELETE FROM meeting_wish WHERE wisher_id = $1 OR wished_id = $1`, [userId]);
    await transaction.query(`DELETE FROM met_confirmation WHERE confirmer_id = $1 OR met_id = $1`, [userId]);
  }
}
