import { Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller.js';

/** Development only: `GET /dev/mail` lists the development mailbox. */
@Module({ controllers: [DevMailboxController] })
export class DevMailboxModule {}
