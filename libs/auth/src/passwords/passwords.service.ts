import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Jobs } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { addressKey } from '../account-rate-limits.js';
import { AccountTokensService } from '../account-tokens/account-tokens.service.js';
import { Clock } from '@neuland/config';
import { EmailChangedHooks } from '../email-verification/email-changed-hooks.js';
import { hashPassword } from '../password-hashing.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { User } from '../user.entity.js';
import { CurrentPassword } from './current-password.js';
import { AuthError } from '../auth-errors.js';

@Injectable()
export class PasswordsService {
  constructor(
    private readonly jobs: Jobs,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly sessions: SessionsService,
    private readonly currentPassword: CurrentPassword,
    private readonly emailChangedHooks: EmailChangedHooks,
    private readonly clock: Clock,
  ) {}

  /**
   * Does the same for every address: no lookup here, only a queued job the worker looks at.
   * Hammering one address yields one job a minute (its id); the worker mails an address only so often
   * (ACCOUNT_RATE_LIMITS.mailsToAddress).
   */
  async requestReset(email: string): Promise<void> {
    const normalised = email.trim().toLowerCase();
    await this.jobs.enqueue({
      name: 'password-reset-requested',
      data: { kind: 'password-reset-requested', email: normalised },
      addressKey: addressKey(normalised),
    });
  }

  async confirmReset(secret: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    // The link, the new password and the end of every session commit together.
    await this.dataSource.transaction(async (transaction) => {
      const token = await this.tokens.consume(transaction, 'reset-password', secret);
      if (!token) {
        throw new BadRequestException({
          error: AuthError.TOKEN_INVALID,
          message: 'This link is unknown, used or expired. Ask for a new one.',
        });
      }
      const user = await transaction.findOneByOrFail(User, { id: token.userId });
      user.passwordHash = passwordHash;
      // The link went to the account's address: whoever opened it holds that mailbox, so it counts as confirmed.
      // That is also how the owner of an address takes back an account someone else opened with it.
      const confirmsAddress = !user.emailVerifiedAt && user.email.toLowerCase() === token.email.toLowerCase();
      if (confirmsAddress) user.emailVerifiedAt = this.clock.now();
      await transaction.save(user);
      if (confirmsAddress) await this.emailChangedHooks.run(transaction, user);
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
    await this.currentPassword.assertMatches(userId, currentPassword);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (transaction) => {
      await transaction.update(User, { id: userId }, { passwordHash });
      await this.tokens.voidUnused(transaction, userId, 'reset-password');
      await this.sessions.endAll(userId, { except: sessionId, transaction });
    });
  }
}
