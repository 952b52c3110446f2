import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthCoreModule } from '@neuland/auth';
import { AccountDeletionService } from './deletion/account-deletion.service.js';
import { DataExport } from './export/data-export.entity.js';
import { DataExportsService } from './export/data-exports.service.js';
import { LegalPagesService } from './legal-pages/legal-pages.service.js';
import { AccountPersonalData } from './personal-data/account-personal-data.js';
import { PersonalDataRegistry } from './personal-data/personal-data-registry.js';

/**
 * The registry every feature that keeps member data registers with, and what is done with it: exports, the
 * deletion of an account, the legal pages. Features import this module to register.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DataExport]), AuthCoreModule],
  providers: [
    PersonalDataRegistry,
    AccountPersonalData,
    DataExportsService,
    AccountDeletionService,
    LegalPagesService,
  ],
  exports: [PersonalDataRegistry, DataExportsService, AccountDeletionService, LegalPagesService],
})
export class PrivacyCoreModule {}
