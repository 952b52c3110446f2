import { Module } from '@nestjs/common';
import { ExportBuilder } from './export/export-builder.processor.js';
import { PrivacyCoreModule } from './privacy-core.module.js';

/** The worker's side: building the exports members asked for. */
@Module({ imports: [PrivacyCoreModule], providers: [ExportBuilder] })
export class PrivacyJobsModule {}
