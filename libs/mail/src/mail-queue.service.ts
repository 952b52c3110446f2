import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type MailJob, QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';

/** The only way a mail leaves a request: it is queued, and the worker sends it. */
@Injectable()
export class MailQueue {
  constructor(@InjectQueue(QUEUES.mail) private readonly queue: Queue<MailJob>) {}

  /** `id` makes the job unique: the same id twice is one mail. */
  async send(job: MailJob, id: string): Promise<void> {
    await this.queue.add(job.template, job, { jobId: id });
  }
}
