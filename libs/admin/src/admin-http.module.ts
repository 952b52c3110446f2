import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { MeetupsCoreModule } from '@neuland/meetups';
import { NotificationsCoreModule } from '@neuland/notifications';
import { AdminCoreModule } from './admin-core.module.js';
import { AdminEmails } from './first-admin/admin-emails.js';
import { AdminAuditController } from './audit-log/admin-audit.controller.js';
import { AdminMeetupsController } from './meetups/admin-meetups.controller.js';
import { AdminMembersController } from './members/admin-members.controller.js';
import { AdminOrganisersController } from './organisers/admin-organisers.controller.js';
import { OrganisingController } from './organisers/organising.controller.js';
import { AdminOverviewController } from './overview/admin-overview.controller.js';
import { AdminOverview } from './overview/admin-overview.service.js';

/**
 * The admin routes (members, meetups, organiser requests, settings, audit log, the overview of how the site is
 * doing) and members asking to organise.
 */
@Module({
  imports: [AdminCoreModule, AuthCoreModule, MeetupsCoreModule, NotificationsCoreModule],
  controllers: [
    AdminMembersController,
    AdminMeetupsController,
    AdminOrganisersController,
    AdminAuditController,
    AdminOverviewController,
    OrganisingController,
  ],
  // ADMIN_EMAILS counts when the api starts.
  providers: [AdminEmails, AdminOverview],
})
export class AdminHttpModule {}
