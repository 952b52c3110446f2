import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport.js';

/** The transport every mail leaves through (SMTP, or the development mailbox). Only the notification worker sends. */
@Module({ providers: [MailTransport], exports: [MailTransport] })
export class MailTransportModule {}
