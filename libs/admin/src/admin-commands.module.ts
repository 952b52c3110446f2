import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { RoleGrants } from './first-admin/role-grants.js';

/**
 * What the `npm run admin` commands (scripts/admin.ts) need: accounts only, no features, so that they start fast.
 * The commands themselves live with the script: nest-commander cannot be loaded where jest loads the api.
 */
@Module({ imports: [AuthCoreModule], providers: [RoleGrants], exports: [RoleGrants] })
export class AdminCommandsModule {}
