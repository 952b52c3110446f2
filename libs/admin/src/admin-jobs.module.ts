import { Module } from '@nestjs/common';
import { AdminCoreModule } from './admin-core.module.js';

/** No jobs of its own yet: the worker needs the admin core so that an erasure it runs reaches the reports too. */
@Module({ imports: [AdminCoreModule] })
export class AdminJobsModule {}
