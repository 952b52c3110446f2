import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { Jobs, QUEUES, type QueueJob } from '@neuland/queue';
import { ConnectionReader } from './connection-reader.js';

const DUE_SCAN_EVERY_MS = 15 * 60 * 1000;

/** Reads connected accounts' follows; few at once, since each read waits on someone else's server. */
@Processor(QUEUES.accountConnections, { concurrency: 2 })
export class ConnectedAccountsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly reader: ConnectionReader,
    private readonly jobs: Jobs,
  ) {
    super();
  }

  /** One scheduler for every worker process. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(
      { name: 'find-due-connection-reads', data: { kind: 'read-due' } },
      { every: DUE_SCAN_EVERY_MS },
    );
  }

  async process(job: QueueJob<'account-connections'>): Promise<void> {
    if (job.data.kind === 'read-due') await this.reader.enqueueDueReads();
    else await this.reader.read(job.data.connectionId);
  }
}
