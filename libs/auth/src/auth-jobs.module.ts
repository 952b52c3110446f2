import { Module } from '@nestjs/common';
import { AccountLinksProcessor } from './account-links.processor.js';
import { AuthCoreModule } from './auth-core.module.js';

/** The worker's account jobs: links asked for by address (password reset, a new verification link). */
@Module({ imports: [AuthCoreModule], providers: [AccountLinksProcessor] })
export class AuthJobsModule {}
