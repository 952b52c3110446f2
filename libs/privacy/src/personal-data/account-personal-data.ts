// The account itself (libs/auth keeps it) and the exports asked for: privacy's own holder.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { UsersService } from '@neuland/auth';
import type { EntityManager } from 'typeorm';
import { DataExport } from '../export/data-export.entity.js';
import { type PersonalDataHolder, PersonalDataRegistry } from './personal-data-registry.js';

@Injectable()
export class AccountPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly users: UsersService,
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
    return { ...(await this.users.exportOf(userId, snapshot)), dataExports };
  }

  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.delete(DataExport, { userId });
  }
}
