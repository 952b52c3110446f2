// Suspending a member and lifting it: an identity fact of the account (read on every request by
// SessionsService.liveIdentity), so every session and token stops at once. What it means for profiles, meetups,
// RSVPs and mails each feature carries out itself through SuspensionHooks, in the same transaction.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import { Clock } from '@neuland/config';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthError } from '../auth-errors.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { User } from '../user.entity.js';
import { SuspensionHooks } from './suspension-hooks.js';

/** Asked for every mail to a member. */
const IS_SUSPENDED: PreparedStatement = {
  name: 'is-suspended',
  text: `SELECT suspended_at IS NOT NULL AS suspended FROM "user" WHERE id = $1`,
};

@Injectable()
export class AccountSuspensions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    private readonly hooks: SuspensionHooks,
    private readonly audit: AuditTrail,
  ) {}

  /** `transaction`: to suspend together with what caused it (a report's resolution). */
  async suspend(
    userId: string,
    by: { adminId: string; reason?: string },
    transaction?: EntityManager,
  ): Promise<User> {
    if (userId === by.adminId) {
      throw new BadRequestException({
        error: AuthError.CANNOT_SUSPEND_SELF,
        message: 'You cannot suspend your own account.',
      });
    }
    return this.inTransaction(transaction, async (manager) => {
      const user = await this.lockedUser(manager, userId);
      if (user.suspendedAt) return user;
      user.suspendedAt = this.clock.now();
      const saved = await manager.save(user);
      await this.sessions.endAll(userId, { transaction: manager });
      await this.hooks.runSuspended(manager, userId);
      await this.audit.record(manager, {
        actorId: by.adminId,
        action: 'user.suspended',
        target: { kind: 'user', id: userId },
        before: { suspended: false },
        after: { suspended: true, ...(by.reason ? { reason: by.reason } : {}) },
      });
      return saved;
    });
  }

  async lift(userId: string, by: { adminId: string }): Promise<User> {
    return this.inTransaction(undefined, async (manager) => {
      const user = await this.lockedUser(manager, userId);
      if (!user.suspendedAt) return user;
      user.suspendedAt = null;
      const saved = await manager.save(user);
      await this.hooks.runLifted(manager, userId);
      await this.audit.record(manager, {
        actorId: by.adminId,
        action: 'user.suspension_lifted',
        target: { kind: 'user', id: userId },
        before: { suspended: true },
        after: { suspended: false },
      });
      return saved;
    });
  }

  async isSuspended(userId: string): Promise<boolean> {
    const [user] = await runPrepared<{ suspended: boolean }>(this.dataSource, IS_SUSPENDED, [userId]);
    return user?.suspended === true;
  }

  private inTransaction<T>(
    transaction: EntityManager | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return transaction ? work(transaction) : this.dataSource.transaction(work);
  }

  private async lockedUser(manager: EntityManager, userId: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundException({ error: AuthError.USER_NOT_FOUND, message: 'No such user.' });
    return user;
  }
}
