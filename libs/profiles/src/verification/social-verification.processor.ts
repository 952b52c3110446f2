import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES, type SocialVerificationJob } from '@neuland/queue';
import type { Job, Queue } from 'bullmq';
import { SocialProofChecker } from './social-proof-checker.js';

const RECHECK_SCAN_EVERY_MS = 15 * 60 * 1000;

@Processor(QUEUES.socialVerification, { concurrency: 4 })
export class SocialVerificationProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly checker: SocialProofChecker,
    @InjectQueue(QUEUES.socialVerification) private readonly queue: Queue<SocialVerificationJob>,
  ) {
    super();
  }

  /** One scheduler for every worker process: upserting it again at each start changes nothing. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'recheck-social-accounts',
      { every: RECHECK_SCAN_EVERY_MS },
      { name: 'recheck-due', data: { kind: 'recheck-due' } },
    );
  }

  async process(job: Job<SocialVerificationJob>): Promise<void> {
    if (job.data.kind === 'recheck-due') await this.checker.enqueueDueRechecks();
    else await this.checker.check(job.data.proofId);
  }
}
