// What the admin feature keeps about a member: their requests to become an organiser, and the reports they filed
// (with the outcome they were told). Reports about them stay with the admins (the member learns of them through the
// audit trail's suspension entry, if any); the admins' decisions on requests stay in the audit trail.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

@Injectable()
export class AdminPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register('admin', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const organiserRequests = await snapshot.query(
      `SELECT message, status, created_at AS "askedAt", decided_at AS "decidedAt"
         FROM organiser_request WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const reports = await snapshot.query(
      `SELECT subject_kind AS "subject", subject_id AS "subjectId", reason, created_at AS "createdAt",
              CASE WHEN resolution IS NULL THEN 'open' WHEN resolution = 'dismissed' THEN 'no_action'
                   ELSE 'action_taken' END AS "outcome"
         FROM report WHERE reporter_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { organiserRequests, reports };
  }

  /** Both go with the account (foreign keys would take them too; this says so). */
  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM organiser_request WHERE user_id = $1`, [userId]);
    await transaction.query(`DELETE FROM report WHERE reporter_id = $1`, [userId]);
  }
}
