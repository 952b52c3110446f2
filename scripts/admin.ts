// `npm run admin -- grant admin ada@example.org`: admin commands in the Nest context (nest-commander), against the
// database the configuration names. Migrates first, so it works on a fresh install before the api ever ran.
import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { AdminCommandsModule, type GrantOutcome, RoleGrants } from '@neuland/admin';
import { AuditModule } from '@neuland/audit';
import { ROLES, type Role } from '@neuland/auth';
import { AppConfigModule, loadConfig } from '@neuland/config';
import { DatabaseModule, ensureDatabaseExists } from '@neuland/database';
import { RateLimitsModule } from '@neuland/http';
import { OutboxModule } from '@neuland/outbox';
import { QueueModule } from '@neuland/queue';
import { Command, CommandFactory, CommandRunner } from 'nest-commander';

const MESSAGES: Record<GrantOutcome, (role: string, email: string) => string> = {
  granted: (role, email) => `${email} is ${role} now.`,
  unchanged: (role, email) => `${email} is ${role} already.`,
  'no-account': (_role, email) => `There is no account with the address ${email}. Sign up first.`,
  'not-verified': (_role, email) => `${email} has not verified the address.`,
};

@Command({
  name: 'grant',
  arguments: '<role> <email>',
  description: `Gives the account with this e-mail address a role (${ROLES.join(', ')})`,
})
class GrantRoleCommand extends CommandRunner {
  constructor(private readonly grants: RoleGrants) {
    super();
  }

  async run([role, email]: string[]): Promise<void> {
    if (!(ROLES as readonly string[]).includes(role)) {
      console.error(`Unknown role "${role}": one of ${ROLES.join(', ')}.`);
      process.exitCode = 2;
      return;
    }
    // The operator at the server's command line is trusted with any account, verified or not.
    const outcome = await this.grants.grant(role as Role, email, { verifiedOnly: false });
    const message = MESSAGES[outcome](role, email);
    if (outcome === 'no-account') {
      console.error(message);
      process.exitCode = 1;
      return;
    }
    console.log(message);
  }
}

@Module({})
class AdminCliModule {
  static forRoot(): DynamicModule {
    return {
      module: AdminCliModule,
      imports: [
        AppConfigModule.forRoot(loadConfig()),
        DatabaseModule.forRoot({ runMigrations: true }),
        OutboxModule,
        QueueModule,
        RateLimitsModule,
        AuditModule,
        AdminCommandsModule,
      ],
      providers: [GrantRoleCommand],
    };
  }
}

await ensureDatabaseExists(loadConfig().database.url);
await CommandFactory.run(AdminCliModule.forRoot(), ['error', 'warn']);
