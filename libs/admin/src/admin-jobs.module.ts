import { Module } from '@nestjs/common';
import { AdminCoreModule } from './admin-core.module.js';

/** The worker's part of the admin feature: its holders of personal data (organiser requests, reports), for exports and erasures run as jobs. */
@Module({ imports: [AdminCoreModule] })
export class AdminJobsModule {}
