import { Module } from '@nestjs/common';
import { NotificationWorkers } from './notification-workers.js';
import { NotificationsCoreModule } from './notifications-core.module.js';
import { OutboxPoller } from './outbox-relay/outbox-poller.js';

/** The worker's side: the outbox poll loop and the BullMQ workers of planning, mail and the sweeper. */
@Module({ imports: [NotificationsCoreModule], providers: [NotificationWorkers, OutboxPoller] })
export class NotificationsJobsModule {}
