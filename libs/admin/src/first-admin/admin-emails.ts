// ADMIN_EMAILS: the accounts named there (once they verified their address) are admins after every start of the
// api. Idempotent: an account that is admin already is left alone, and nobody is ever demoted by it.
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { RoleGrants } from './role-grants.js';

@Injectable()
export class AdminEmails implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminEmails.name);

  constructor(
    private readonly grants: RoleGrants,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const email of this.config.get('admin.emails', { infer: true })) {
      const outcome = await this.grants.grant('admin', email, { verifiedOnly: true });
      if (outcome === 'no-account' || outcome === 'not-verified') {
        this.logger.warn(`ADMIN_EMAILS names ${email}, which has no verified account yet`);
      }
    }
  }
}
