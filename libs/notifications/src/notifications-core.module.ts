import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthCoreModule } from '@neuland/auth';
import { CirclesCoreModule } from '@neuland/circles';
import { InvitationsCoreModule } from '@neuland/invitations';
import { MailTransportModule } from '@neuland/mail';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { CircleMailContexts } from './delivery/circle-mail-context.js';
import { CircleAnnouncementPlanner } from './planning/circle-announcement-planner.js';
import { InvitationMailContexts } from './delivery/invitation-mail-context.js';
import { MeetupMailContexts } from './delivery/mail-context.js';
import { Recipients } from './delivery/recipients.js';
import { NotificationSender } from './delivery/send-notification.service.js';
import { NotificationLedger } from './ledger/notification-ledger.service.js';
import { Notification } from './ledger/notification.entity.js';
import { SuspendedMembersMail } from './ledger/suspended-members-mail.js';
import { NotificationsPersonalData } from './personal-data/notifications-personal-data.js';
import { OutboxRelay } from './outbox-relay/relay-outbox.service.js';
import { AccountMailPlanner } from './planning/account-mail-planner.js';
import { AnnounceRegistration } from './planning/announce-registration.js';
import { IntroduceAttendees } from './planning/introduce-attendees.js';
import { InvitationMailPlanner } from './planning/invitation-mail-planner.js';
import { MeetupMailPlanner } from './planning/meetup-mail-planner.js';
import { NetworkingMailPlanner } from './planning/networking-mail-planner.js';
import { NetworkingMailContexts } from './delivery/networking-mail-context.js';
import { NetworkingCoreModule } from '@neuland/networking';
import { NotificationPlanner } from './planning/plan-notifications.service.js';
import { NotificationPreference } from './preferences/notification-preference.entity.js';
import { NotificationPreferences } from './preferences/notification-preferences.service.js';
import { OutboxPruner } from './sweeper/prune-outbox.js';
import { NotificationSweeper } from './sweeper/sweep-notifications.service.js';
import { SocialGraphCoreModule } from '@neuland/social-graph';

const SERVICES = [
  NotificationLedger,
  OutboxRelay,
  NotificationPlanner,
  AccountMailPlanner,
  MeetupMailPlanner,
  IntroduceAttendees,
  InvitationMailPlanner,
  NetworkingMailPlanner,
  CircleAnnouncementPlanner,
  InvitationMailContexts,
  CircleMailContexts,
  NetworkingMailContexts,
  MeetupMailContexts,
  Recipients,
  NotificationSender,
  NotificationSweeper,
  OutboxPruner,
  NotificationPreferences,
];

/** The outbox relay, the ledger, planning and sending mail, preferences. No routes, no running workers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, NotificationPreference]),
    AuthCoreModule,
    ProfilesCoreModule,
    MeetupsCoreModule,
    CirclesCoreModule,
    InvitationsCoreModule,
    NetworkingCoreModule,
    SocialGraphCoreModule,
    MailTransportModule,
    PrivacyCoreModule,
  ],
  providers: [...SERVICES, AnnounceRegistration, NotificationsPersonalData, SuspendedMembersMail],
  exports: SERVICES,
})
export class NotificationsCoreModule {}
