import { Module } from '@nestjs/common';
import { ProfilesCoreModule } from '@neuland/profiles';
import { ConnectedAccountsController } from './connected-accounts/connected-accounts.controller.js';
import { ProfileConnectionsController } from './connections/profile-connections.controller.js';
import { ProfileDirectoryController } from './directory/profile-directory.controller.js';
import { ContactImportsController } from './imports/contact-imports.controller.js';
import { SocialGraphCoreModule } from './social-graph-core.module.js';

/** Other members' profiles, following, blocking and their lists, contact imports and connected accounts. */
@Module({
  imports: [SocialGraphCoreModule, ProfilesCoreModule],
  controllers: [
    ProfileDirectoryController,
    ProfileConnectionsController,
    ContactImportsController,
    ConnectedAccountsController,
  ],
})
export class SocialGraphHttpModule {}
