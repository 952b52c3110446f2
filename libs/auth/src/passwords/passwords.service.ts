import { createHash } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AccountJob, jobId, QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AccountTokensService } from '../account-tokens/account-tokens.service.js';
import { Clock } from '../clock.js';
import { hashPassword, passwordMatches } from '../password-hashing.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { User } from '../user.entity.js';
import { UsersService } from '../users.service.js';

@Injectable()
export class PasswordsService {
  constructor(
    @InjectQueue(QUEUES.accounts) private readonly accountJobs: Queue<AccountJob>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /**
   * Does the same for every address: no lookup here, only a queued job the worker looks at.
   * The job id repeats within a minute, so hammering one address yields one mail a minute.
   */
  async requestReset(email: string): Promise<void> {
    const normalised = email.trim().toLowerCase();
    const addressKey = createHash('sha256').update(normalised).digest('hex').slice(0, 32);
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    await this.accountJobs.add(
      'password-reset-requested',
      { kind: 'password-reset-requested', email: normalised },
      { jobId: jobId('password-reset', addressKey, minute) },
    );
  }

  async confirmReset(secret: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    // The link, the new password and the end of every session commit together.
    await this.dataSource.transaction(async (transaction) => {
      const token = await this.tokens.consume(transaction, 'reset-password', secret);
      if (!token) {
        throw new BadRequestException({
          error: 'TOKEN_INVALID',
          message: 'This link is unknown, used or expired. Ask for a new one.',
        });
      }
      await transaction.update(User, { id: token.userId }, { passwordHash });
      await this.tokens.voidUnused(transaction, token.userId, 'reset-password');
      await this.sessions.endAll(token.userId, { transaction });
    });
  }

  /** Other devices are logged out; the session asking keeps going. */
  async change(
    userId: string,
    sessionId: string | undefined,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    if (!(await passwordMatches(await this.users.passwordHashOf(userId), currentPassword))) {
      throw new ForbiddenException({ error: 'WRONG_PASSWORD', message: 'The current password is wrong.' });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (transaction) => {
      await transaction.update(User, { id: userId }, { passwordHash });
      await this.tokens.voidUnused(transaction, userId, 'reset-password');
      await this.sessions.endAll(userId, { except: sessionId, transaction });
    });
  }
}
