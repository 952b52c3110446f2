import { Module } from '@nestjs/common';
import { ProfilesCoreModule } from '@neuland/profiles';
import { ProfileConnectionsController } from './connections/profile-connections.controller.js';
import { ProfileDirectoryController } from './directory/profile-directory.controller.js';
import { ContactImportsController } from './imports/contact-imports.controller.js';
import { SocialGraphCoreModule } from './social-graph-core.module.js';

/** Other members' profiles, following, blocking and their lists, and contact imports. */
@Module({
  imports: [SocialGraphCoreModule, ProfilesCoreModule],
  controllers: [ProfileDirectoryController, ProfileConnectionsController, ContactImportsController],
})
export class SocialGraphHttpModule {}
