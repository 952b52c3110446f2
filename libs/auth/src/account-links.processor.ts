// Runs in the worker: mails a link asked for by address (a password reset, a new verification link) if, and only
// if, the address has an account it applies to. The request itself never looked, so its answer and timing tell
// nobody whether the address is registered.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { RateLimits } from '@neuland/http';
import { OutboxService } from '@neuland/outbox';
import { QUEUES, type QueueJob } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { ACCOUNT_RATE_LIMITS, addressKey } from './account-rate-limits.js';
import { AccountTokensService } from './account-tokens/account-tokens.service.js';
import { EmailVerificationService } from './email-verification/email-verification.service.js';
import { UsersService } from './users.service.js';

const RESET_LINK_LIFETIME_MS = 3600 * 1000;

@Processor(QUEUES.accounts)
export class AccountLinksProcessor extends WorkerHost {
  private readonly appUrl: string;

  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emailVerification: EmailVerificationService,
    private readonly rateLimits: RateLimits,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.appUrl = config.get('app.url', { infer: true });
  }

  async process(job: QueueJob<'accounts'>): Promise<void> {
    const user = await this.users.findByEmail(job.data.email);
    if (!user) return;
    // Whoever asks, an address gets only so many of these an hour; nobody waits for this answer.
    if (!(await this.rateLimits.tryConsume(ACCOUNT_RATE_LIMITS.mailsToAddress, addressKey(user.email))))
      return;
    if (job.data.kind === 'verification-link-requested') {
      if (!user.emailVerifiedAt) await this.emailVerification.sendLink(user, user.email);
      return;
    }
    await this.dataSource.transaction(async (transaction) => {
      const token = await this.tokens.issue(
        transaction,
        user.id,
        'reset-password',
        user.email,
        RESET_LINK_LIFETIME_MS,
      );
      await this.outbox.record(transaction, {
        topic: 'account.password_reset_link',
        subjectId: user.id,
        payload: {
          userId: user.id,
          tokenId: token.id,
          link: `${this.appUrl}/password-reset?token=${token.secret}`,
        },
      });
    });
  }
}
