import { Module } from '@nestjs/common';
import { AccountMailer } from '@neuland/auth';
import { MailModule } from '@neuland/mail';
import { SafeFetchModule } from '@neuland/safe-fetch';
import { SocialProofChecker } from './social-proof-checker.js';
import { SocialVerificationController } from './social-verification.controller.js';
import { SocialVerificationProcessor } from './social-verification.processor.js';
import { SocialVerificationService } from './social-verification.service.js';

/** For the API: asking for a proof and seeing how it went. */
@Module({
  controllers: [SocialVerificationController],
  providers: [SocialVerificationService],
})
export class SocialVerificationModule {}

/** For the worker: the checks (over safe fetching only) and their periodic re-check. */
@Module({
  imports: [SafeFetchModule, MailModule],
  providers: [SocialProofChecker, SocialVerificationProcessor, AccountMailer],
  exports: [SocialProofChecker],
})
export class SocialVerificationWorkerModule {}
