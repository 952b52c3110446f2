import { Module } from '@nestjs/common';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { ProfileConnectionsService } from './connections/profile-connections.service.js';
import { ProfileDirectory } from './directory/profile-directory.service.js';
import { SocialGraphService } from './follows/social-graph.service.js';
import { ContactImportsService } from './imports/contact-imports.service.js';
import { HowYouKnow } from './introductions/how-you-know.js';
import { SocialGraphPersonalData } from './personal-data/social-graph-personal-data.js';

const SERVICES = [
  SocialGraphService,
  ProfileDirectory,
  ProfileConnectionsService,
  ContactImportsService,
  HowYouKnow,
];

/** Follows, blocks, imported contacts, who may see whom and the introduction rule. No routes. */
@Module({
  imports: [ProfilesCoreModule, PrivacyCoreModule],
  providers: [...SERVICES, SocialGraphPersonalData],
  exports: SERVICES,
})
export class SocialGraphCoreModule {}
