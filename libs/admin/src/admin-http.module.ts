import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { MeetupsCoreModule } from '@neuland/meetups';
import { NetworkingCoreModule } from '@neuland/networking';
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
import { AdminReportsController, ReportsController } from './reports/reports.controller.js';

/**
 * The admin routes (members, their roles and suspension, meetups, organiser requests, settings, audit log, reports,
 * the overview of how the site is doing), members asking to organise and members filing reports.
 */
@Module({
  imports: [
    AdminCoreModule,
    AuthCoreModule,
    MeetupsCoreModule,
    NetworkingCoreModule,
    NotificationsCoreModule,
  ],
  controllers: [
    AdminMembersController,
    AdminMeetupsController,
    AdminOrganisersController,
    AdminAuditController,
    AdminOverviewController,
    AdminReportsController,
    OrganisingController,
    ReportsController,
  ],
  // ADMIN_EMAILS counts when the api starts.
  providers: [AdminEmails, AdminOverview],
})
export class AdminHttpModule {}
