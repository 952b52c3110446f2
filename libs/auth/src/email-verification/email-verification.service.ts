import { ConflictException, Injectable, BadRequestException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { isUniqueViolation } from '@neuland/database';
import { RateLimits } from '@neuland/http';
import { OutboxService } from '@neuland/outbox';
import { Jobs } from '@neuland/queue';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCOUNT_RATE_LIMITS, addressKey } from '../account-rate-limits.js';
import { AccountTokensService } from '../account-tokens/account-tokens.service.js';
import { Clock } from '@neuland/config';
import { CurrentPassword } from '../passwords/current-password.js';
import { EmailChangedHooks } from './email-changed-hooks.js';
import { User } from '../user.entity.js';
import { UsersService } from '../users.service.js';
import { AuthError } from '../auth-errors.js';

const LINK_LIFETIME_MS = 48 * 3600 * 1000;

@Injectable()
export class EmailVerificationService {
  private readonly appUrl: string;

  constructor(
    private readonly tokens: AccountTokensService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly emailChangedHooks: EmailChangedHooks,
    private readonly currentPassword: CurrentPassword,
    private readonly rateLimits: RateLimits,
    private readonly jobs: Jobs,
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  /**
   * Mails a fresh link for `email` (the current address, or the new one of a change); older links stop working.
   * Callers count the mail against the rate limits of who asks and of the address first.
   */
  async sendLink(user: User, email: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const token = await this.tokens.issue(transaction, user.id, 'verify-email', email, LINK_LIFETIME_MS);
      await this.outbox.record(transaction, {
        topic: 'account.email_link',
        subjectId: user.id,
        payload: {
          userId: user.id,
          tokenId: token.id,
          address: email,
          link: `${this.appUrl}/verify-email?token=${token.secret}`,
        },
      });
    });
  }

  /** Tells the owner of an address someone else named that it was named; nothing else happens to it. */
  async tellOwnerAddressWasGiven(owner: User): Promise<void> {
    await this.dataSource.transaction((transaction) =>
      this.outbox.record(transaction, {
        topic: 'account.address_in_use',
        subjectId: owner.id,
        payload: { userId: owner.id },
      }),
    );
  }

  async resend(userId: string): Promise<void> {
    const user = await this.users.get(userId);
    if (user.emailVerifiedAt) {
      throw new ConflictException({
        error: AuthError.EMAIL_ALREADY_VERIFIED,
        message: 'This address is verified already.',
      });
    }
    await this.countMailAskedFor(userId, user.email);
    await this.sendLink(user, user.email);
  }

  /**
   * Asked without logging in (an unconfirmed account cannot log in): the same answer for every address, and no
   * lookup here: the worker mails a link only if an unconfirmed account uses the address.
   */
  async requestLink(email: string): Promise<void> {
    const normalised = email.trim().toLowerCase();
    await this.jobs.enqueue({
      name: 'verification-link-requested',
      data: { kind: 'verification-link-requested', email: normalised },
      addressKey: addressKey(normalised),
    });
  }

  /**
   * The new address takes effect only when its owner opens the link we send there. A taken address gets the same
   * answer and no link (only its owner hears of it), so this cannot tell who is registered.
   */
  async requestChange(userId: string, newEmail: string, currentPassword: string): Promise<void> {
    await this.currentPassword.assertMatches(userId, currentPassword);
    const user = await this.users.get(userId);
    await this.countMailAskedFor(userId, newEmail);
    const owner = await this.users.findByEmail(newEmail);
    if (owner && owner.id !== user.id) return this.tellOwnerAddressWasGiven(owner);
    await this.sendLink(user, newEmail);
  }

  /** Mails a member triggers count per member and per address, whichever of the two runs out first. */
  private async countMailAskedFor(userId: string, address: string): Promise<void> {
    await this.rateLimits.consume(ACCOUNT_RATE_LIMITS.mailsAskedByAccount, userId);
    await this.rateLimits.consume(ACCOUNT_RATE_LIMITS.mailsToAddress, addressKey(address));
  }

  async verify(secret: string): Promise<User> {
    try {
      // Using the link and changing the account commit together: a failed change leaves the link usable.
      return await this.dataSource.transaction(async (transaction) => {
        const token = await this.tokens.consume(transaction, 'verify-email', secret);
        if (!token) {
          throw new BadRequestException({
            error: AuthError.TOKEN_INVALID,
            message: 'This link is unknown, used or expired. Ask for a new one.',
          });
        }
        const user = await transaction.findOneByOrFail(User, { id: token.userId });
        user.email = token.email;
        user.emailVerifiedAt = this.clock.now();
        const saved = await transaction.save(user);
        // Also for the sign-up address: what waits for a verified owner of it (invitations) attaches now.
        await this.emailChangedHooks.run(transaction, saved);
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_user_email_lower')) throw emailTaken();
      throw error;
    }
  }

  /**
   * Whether the member's address is verified, or is proven now by another link that was mailed only to it (an
   * e-mail invitation) being opened from the account with that very address: that is all a verification link shows.
   */
  async isVerifiedOrProvenBy(
    transaction: EntityManager,
    userId: string,
    mailedTo: string | null,
  ): Promise<boolean> {
    const user = await transaction.findOneByOrFail(User, { id: userId });
    if (user.emailVerifiedAt) return true;
    if (!mailedTo || user.email.toLowerCase() !== mailedTo.toLowerCase()) return false;
    user.emailVerifiedAt = this.clock.now();
    const saved = await transaction.save(user);
    await this.emailChangedHooks.run(transaction, saved);
    return true;
  }
}

const emailTaken = () =>
  new ConflictException({
    error: AuthError.EMAIL_TAKEN,
    message: 'An account with this e-mail address exists.',
  });
