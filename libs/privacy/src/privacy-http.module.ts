import { Module } from '@nestjs/common';
import { AccountDeletionController } from './deletion/account-deletion.controller.js';
import { DataExportsController } from './export/data-exports.controller.js';
import { LegalPagesController } from './legal-pages/legal-pages.controller.js';
import { PrivacyCoreModule } from './privacy-core.module.js';

/** Requesting and downloading exports, deleting the account, imprint and privacy policy. */
@Module({
  imports: [PrivacyCoreModule],
  controllers: [DataExportsController, AccountDeletionController, LegalPagesController],
})
export class PrivacyHttpModule {}
