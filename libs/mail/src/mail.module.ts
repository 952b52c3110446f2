import { Module } from '@nestjs/common';
import { MailQueue } from './mail-queue.service.js';
import { MailTransport } from './mail-transport.js';
import { MailProcessor } from './mail.processor.js';

/** For processes that queue mail (the API). Needs QueueModule. */
@Module({ providers: [MailQueue], exports: [MailQueue] })
export class MailModule {}

/** For the worker: renders and sends queued mail. */
@Module({ providers: [MailTransport, MailProcessor], exports: [MailTransport] })
export class MailSendingModule {}
