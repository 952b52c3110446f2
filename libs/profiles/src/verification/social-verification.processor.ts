import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { Jobs, QUEUES, type QueueJob } from '@neuland/queue';
import { SocialProofChecker } from './social-proof-checker.js';

const RECHECK_SCAN_EVERY_MS = 15 * 60 * 1000;

@Processor(QUEUES.socialVerification, { concurrency: 4 })
export class SocialVerificationProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly checker: SocialProofChecker,
    private readonly jobs: Jobs,
  ) {
    super();
  }

  /** One scheduler for every worker process. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(
      { name: 'find-due-social-rechecks', data: { kind: 'recheck-due' } },
      { every: RECHECK_SCAN_EVERY_MS },
    );
  }

  async process(job: QueueJob<'social-verification'>): Promise<void> {
    if (job.data.kind === 'recheck-due') await this.checker.enqueueDueRechecks();
    else await this.checker.check(job.data.proofId);
  }
}
