import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountMailer, AuthModule, Clock } from '@neuland/auth';
import { MailModule } from '@neuland/mail';
import { MeetupsModule } from '@neuland/meetups';
import { AccountDeletionController } from './deletion/account-deletion.controller.js';
import { AccountDeletionService } from './deletion/account-deletion.service.js';
import { DataExport } from './export/data-export.entity.js';
import { DataExportsController } from './export/data-exports.controller.js';
import { DataExportsService } from './export/data-exports.service.js';
import { ExportBuilder } from './export/export-builder.processor.js';
import { LegalPagesController } from './legal-pages/legal-pages.controller.js';
import { LegalPagesService } from './legal-pages/legal-pages.service.js';

/** For the API: requesting and downloading exports, deleting the account, imprint and privacy policy. */
@Module({
  imports: [TypeOrmModule.forFeature([DataExport]), AuthModule, MeetupsModule],
  controllers: [DataExportsController, AccountDeletionController, LegalPagesController],
  providers: [DataExportsService, AccountDeletionService, LegalPagesService],
})
export class PrivacyModule {}

/** For the worker: builds exports. */
@Module({
  imports: [TypeOrmModule.forFeature([DataExport]), MailModule],
  providers: [ExportBuilder, AccountMailer, Clock],
})
export class PrivacyWorkerModule {}
