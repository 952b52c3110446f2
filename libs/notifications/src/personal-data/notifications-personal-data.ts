// What notifications keep about a member: the mails Neuland sent or will send them, whom they were introduced to,
// and their mail settings.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

@Injectable()
export class NotificationsPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register('notifications', this);
  }

  /** The ledger's rows about mails to me; their data (who was introduced, for one) stays out. null: no settings. */
  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const notifications = await snapshot.query(
      `SELECT kind, subject_id AS "subjectId", status, due_at AS "dueAt", sent_at AS "sentAt"
         FROM notification WHERE recipient_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const [preferences] = await snapshot.query(
      `SELECT introductions, reminders, invitations, updates, updated_at AS "updatedAt"
         FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return { notifications, notificationPreferences: preferences ?? null };
  }

  /** Also the introductions of me to others, and my place in their digests: nobody is told about a gone account. */
  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM notification WHERE recipient_id = $1`, [userId]);
    await transaction.query(
      `UPDATE notification
          SET data = jsonb_set(data, '{people}', coalesce(
                (SELECT jsonb_agg(person) FROM jsonb_array_elements(data->'people') person
                  WHERE person->>'userId' <> $1), '[]'::jsonb))
        WHERE kind = 'introduction-digest' AND data->'people' @> jsonb_build_array(jsonb_build_object('userId', $1::text))`,
      [userId],
    );
    // A seat the gone member offered: its offer goes with them (libs/meetups), so the mail no longer names them.
    await transaction.query(
      `UPDATE notification SET data = data - 'giverId' WHERE kind = 'seat-offered' AND data->>'giverId' = $1`,
      [userId],
    );
    await transaction.query(`DELETE FROM notification_introduction WHERE viewer_id = $1 OR user_id = $1`, [
      userId,
    ]);
    await transaction.query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);
  }
}
