import { Module } from '@nestjs/common';
import { ProfilesCoreModule } from './profiles-core.module.js';
import { SocialVerificationProcessor } from './verification/social-verification.processor.js';

/** The worker's profile jobs: checking proofs of accounts elsewhere, and checking them again. */
@Module({ imports: [ProfilesCoreModule], providers: [SocialVerificationProcessor] })
export class ProfilesJobsModule {}
