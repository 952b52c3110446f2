// What the admin feature keeps about a member: their requests to become an organiser (deleted with the account
// through the foreign key; the admins' decisions stay in the audit trail).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

@Injectable()
export class OrganiserRequestsPersonalData implements PersonalDataHolder, OnModuleInit {
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
    return { organiserRequests };
  }

  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM organiser_request WHERE user_id = $1`, [userId]);
  }
}
