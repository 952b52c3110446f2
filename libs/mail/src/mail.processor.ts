import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { type MailJob, QUEUES } from '@neuland/queue';
import { type Job, UnrecoverableError } from 'bullmq';
import { MailTransport } from './mail-transport.js';
import { renderMail } from './templates/render-mail.js';

/** SMTP answers 5xx for what will never work (unknown mailbox, refused sender): retrying does not help. */
const isPermanentSmtpFailure = (error: unknown) => {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
};

@Processor(QUEUES.mail, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly transport: MailTransport,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    super();
  }

  async process(job: Job<MailJob>): Promise<{ messageId: string }> {
    const appUrl = this.config.get('app.url', { infer: true });
    const rendered = renderMail(job.data, appUrl);
    try {
      return await this.transport.deliver({
        ...rendered,
        to: job.data.to,
        unsubscribeUrl: job.data.unsubscribeUrl,
      });
    } catch (error) {
      if (isPermanentSmtpFailure(error)) {
        this.logger.warn({ jobId: job.id, error: (error as Error).message }, 'mail refused for good');
        throw new UnrecoverableError((error as Error).message);
      }
      throw error;
    }
  }
}
