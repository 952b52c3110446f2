import { Module } from '@nestjs/common';
import { ConnectedAccountsProcessor } from './connected-accounts/connected-accounts.processor.js';
import { SocialGraphCoreModule } from './social-graph-core.module.js';

/** The worker's social-graph jobs: reading connected accounts' follows, now and on their schedule. */
@Module({ imports: [SocialGraphCoreModule], providers: [ConnectedAccountsProcessor] })
export class SocialGraphJobsModule {}
