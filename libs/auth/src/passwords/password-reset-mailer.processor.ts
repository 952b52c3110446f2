// Runs in the worker: turns a reset request into a mailed link, if (and only if) the address has an account.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { type AccountJob, QUEUES } from '@neuland/queue';
import type { Job } from 'bullmq';
import { AccountMailer } from '../account-mailer.js';
import { AccountTokensService } from '../account-tokens/account-tokens.service.js';
import { UsersService } from '../users.service.js';

const RESET_LINK_LIFETIME_MS = 3600 * 1000;

@Processor(QUEUES.accounts)
export class PasswordResetMailer extends WorkerHost {
  private readonly appUrl: string;

  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly mailer: AccountMailer,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.appUrl = config.get('app.url', { infer: true });
  }

  async process(job: Job<AccountJob>): Promise<void> {
    const user = await this.users.findByEmail(job.data.email);
    if (!user) return;
    const token = await this.tokens.issue(user.id, 'reset-password', user.email, RESET_LINK_LIFETIME_MS);
    await this.mailer.send(
      {
        template: 'password-reset',
        to: { address: user.email, name: user.displayName },
        data: {
          displayName: user.displayName,
          resetUrl: `${this.appUrl}/password-reset?token=${token.secret}`,
        },
      },
      `password-reset-${token.id}`,
    );
  }
}
