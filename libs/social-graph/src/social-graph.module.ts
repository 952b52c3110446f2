import { Module } from '@nestjs/common';
import { ContactImportsController } from './imports/contact-imports.controller.js';
import { ContactImportsService } from './imports/contact-imports.service.js';
import { SocialAccountsService } from './social-accounts.service.js';
import { SocialGraphService } from './social-graph.service.js';

@Module({
  controllers: [ContactImportsController],
  providers: [SocialGraphService, SocialAccountsService, ContactImportsService],
  exports: [SocialGraphService, SocialAccountsService],
})
export class SocialGraphModule {}
