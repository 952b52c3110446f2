// The account itself (libs/auth keeps it) and the exports asked for: privacy's own holder.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditTrail } from '@neuland/audit';
import { UsersService } from '@neuland/auth';
import type { EntityManager } from 'typeorm';
import { DataExport } from '../export/data-export.entity.js';
import { type PersonalDataHolder, PersonalDataRegistry } from './personal-data-registry.js';

@Injectable()
export class AccountPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly users: UsersService,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.registry.register('privacy', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const dataExports = await snapshot.query(
      `SELECT id, requested_at AS "requestedAt", ready_at AS "readyAt", expires_at AS "expiresAt"
         FROM data_export WHERE user_id = $1 ORDER BY requested_at`,
      [userId],
    );
    // What the audit trail says about me (as actor or as target) is mine to see too.
    const auditTrail = await this.audit.aboutMember(userId, snapshot);
    return { ...(await this.users.exportOf(userId, snapshot)), dataExports, auditTrail };
  }

  /**
   * The audit trail is kept (it is append-only: a trigger refuses changes): what an admin or a host did to whom
   * stays on record after either account is gone, by id only, as a legitimate interest of the community.
   */
  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.delete(DataExport, { userId });
  }
}
