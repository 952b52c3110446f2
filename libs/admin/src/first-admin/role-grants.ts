// Giving an account a role from outside the web app: the first admin of a fresh install, by the `npm run admin`
// command or by ADMIN_EMAILS. Recorded in the audit trail with no actor (Neuland itself acted).
import { Injectable, Logger } from '@nestjs/common';
import { type Role, UsersService } from '@neuland/auth';

export type GrantOutcome = 'granted' | 'unchanged' | 'no-account' | 'not-verified';

@Injectable()
export class RoleGrants {
  private readonly logger = new Logger(RoleGrants.name);

  constructor(private readonly users: UsersService) {}

  /**
   * `verifiedOnly`: for addresses named in the configuration, only an account that proved the address counts;
   * otherwise anyone who signed up with it first (without opening the mail) would become admin.
   */
  async grant(role: Role, email: string, options: { verifiedOnly: boolean }): Promise<GrantOutcome> {
    const account = await this.users.findByEmail(email);
    if (!account) return 'no-account';
    if (options.verifiedOnly && !account.emailVerifiedAt) return 'not-verified';
    if (account.role === role) return 'unchanged';
    await this.users.setRole(account.id, role, null);
    this.logger.log(`${email} is ${role} now`);
    return 'granted';
  }
}
