import { ConflictException, ForbiddenException, Injectable, BadRequestException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { isUniqueViolation } from '@neuland/database';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountMailer } from '../account-mailer.js';
import { AccountTokensService } from '../account-tokens/account-tokens.service.js';
import { Clock } from '../clock.js';
import { EmailChangedHooks } from './email-changed-hooks.js';
import { passwordMatches } from '../password-hashing.js';
import { User } from '../user.entity.js';
import { UsersService } from '../users.service.js';

const LINK_LIFETIME_MS = 48 * 3600 * 1000;

@Injectable()
export class EmailVerificationService {
  private readonly appUrl: string;

  constructor(
    private readonly tokens: AccountTokensService,
    private readonly users: UsersService,
    private readonly mailer: AccountMailer,
    private readonly clock: Clock,
    private readonly emailChangedHooks: EmailChangedHooks,
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  /** Mails a fresh link for `email` (the current address, or the new one of a change); older links stop working. */
  async sendLink(user: User, email: string): Promise<void> {
    const token = await this.tokens.issue(user.id, 'verify-email', email, LINK_LIFETIME_MS);
    const verifyUrl = `${this.appUrl}/verify-email?token=${token.secret}`;
    await this.mailer.send(
      {
        template: 'verify-email',
        to: { address: email, name: user.displayName },
        data: { displayName: user.displayName, verifyUrl },
      },
      `verify-email-${token.id}`,
    );
  }

  async resend(userId: string): Promise<void> {
    const user = await this.users.get(userId);
    if (user.emailVerifiedAt) {
      throw new ConflictException({
        error: 'EMAIL_ALREADY_VERIFIED',
        message: 'This address is verified already.',
      });
    }
    await this.sendLink(user, user.email);
  }

  /** The new address takes effect only when its owner opens the link we send there. */
  async requestChange(userId: string, newEmail: string, currentPassword: string): Promise<void> {
    const user = await this.users.get(userId);
    if (!(await passwordMatches(await this.users.passwordHashOf(userId), currentPassword))) {
      throw new ForbiddenException({ error: 'WRONG_PASSWORD', message: 'The current password is wrong.' });
    }
    if (await this.users.isEmailTaken(newEmail)) throw emailTaken();
    await this.sendLink(user, newEmail);
  }

  async verify(secret: string): Promise<User> {
    try {
      // Using the link and changing the account commit together: a failed change leaves the link usable.
      return await this.dataSource.transaction(async (transaction) => {
        const token = await this.tokens.consume(transaction, 'verify-email', secret);
        if (!token) {
          throw new BadRequestException({
            error: 'TOKEN_INVALID',
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
  new ConflictException({ error: 'EMAIL_TAKEN', message: 'An account with this e-mail address exists.' });
