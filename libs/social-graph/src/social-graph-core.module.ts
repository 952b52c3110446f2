import { Module } from '@nestjs/common';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SafeFetchModule } from '@neuland/safe-fetch';
import { ProfileConnectionsService } from './connections/profile-connections.service.js';
import { ProfileDirectory } from './directory/profile-directory.service.js';
import { SocialGraphService } from './follows/social-graph.service.js';
import { ConnectedAccountsService } from './connected-accounts/connected-accounts.service.js';
import { ConnectionReader } from './connected-accounts/connection-reader.js';
import { ConnectionSettings } from './connected-accounts/connection-settings.js';
import { MastodonConnectService } from './connected-accounts/mastodon-connect.service.js';
import { ContactImportsService } from './imports/contact-imports.service.js';
import { HowYouKnow } from './introductions/how-you-know.js';
import { SocialGraphPersonalData } from './personal-data/social-graph-personal-data.js';

const SERVICES = [
  SocialGraphService,
  ProfileDirectory,
  ProfileConnectionsService,
  ContactImportsService,
  HowYouKnow,
  ConnectionSettings,
  ConnectedAccountsService,
  MastodonConnectService,
  ConnectionReader,
];

/** Follows, blocks, imported contacts and connected accounts, who may see whom and the introduction rule. No routes. */
@Module({
  imports: [ProfilesCoreModule, PrivacyCoreModule, SafeFetchModule],
  providers: [...SERVICES, SocialGraphPersonalData],
  exports: SERVICES,
})
export class SocialGraphCoreModule {}
