import { Injectable } from '@nestjs/common';
import { MailQueue } from '@neuland/mail';
import type { MailJob } from '@neuland/queue';

/**
 * The one place account mails (welcome, verification, password reset) leave from.
 * When the outbox → queue → ledger pipeline lands, this is the line to switch.
 */
@Injectable()
export class AccountMailer {
  constructor(private readonly mailQueue: MailQueue) {}

  /** `id` is built from the domain (the token id): the same id twice is one mail. */
  send(job: MailJob, id: string): Promise<void> {
    return this.mailQueue.send(job, id);
  }
}
