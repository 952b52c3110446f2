import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@neuland/auth';
import { InvitationsWorkerModule } from '@neuland/invitations';
import { MailSendingModule } from '@neuland/mail';
import { Clock } from './clock.js';
import { InvitationMailContexts } from './delivery/invitation-mail-context.js';
import { NotificationSender } from './delivery/send-notification.service.js';
import { NotificationLedger } from './ledger/notification-ledger.service.js';
import { NotificationMailQueue } from './ledger/notification-mail-queue.js';
import { Notification } from './ledger/notification.entity.js';
import { NotificationWorkers } from './notification-workers.js';
import { OutboxPoller } from './outbox-relay/outbox-poller.js';
import { OutboxRelay } from './outbox-relay/relay-outbox.service.js';
import { AnnounceRegistration } from './planning/announce-registration.js';
import { NotificationPlanner } from './planning/plan-notifications.service.js';
import { IntroduceAttendees } from './planning/introduce-attendees.js';
import { InvitationMailPlanner } from './planning/invitation-mail-planner.js';
import { MeetupMailPlanner } from './planning/meetup-mail-planner.js';
import { NotificationPreference } from './preferences/notification-preference.entity.js';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller.js';
import { NotificationPreferences } from './preferences/notification-preferences.service.js';
import { OutboxPruner } from './sweeper/prune-outbox.js';
import { NotificationSweeper } from './sweeper/sweep-notifications.service.js';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller.js';

/** For the API: `GET/PATCH /api/v1/me/notifications` and one-click unsubscribe. Needs AuthModule's guard. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationPreference]), AuthModule],
  controllers: [NotificationPreferencesController, UnsubscribeController],
  providers: [NotificationPreferences, AnnounceRegistration],
  exports: [NotificationPreferences],
})
export class NotificationsModule {}

/** For the worker: outbox relay, planning, delivery through the ledger, and the sweeper. No routes. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), MailSendingModule, InvitationsWorkerModule],
  providers: [
    Clock,
    NotificationLedger,
    NotificationMailQueue,
    OutboxRelay,
    OutboxPoller,
    NotificationPlanner,
    MeetupMailPlanner,
    IntroduceAttendees,
    InvitationMailPlanner,
    InvitationMailContexts,
    NotificationSender,
    NotificationSweeper,
    OutboxPruner,
    NotificationWorkers,
  ],
  exports: [Clock, NotificationLedger, NotificationMailQueue, OutboxRelay, NotificationSweeper],
})
export class NotificationsWorkerModule {}
