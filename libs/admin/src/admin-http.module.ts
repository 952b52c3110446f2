import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { MeetupsCoreModule } from '@neuland/meetups';
import { NotificationsCoreModule } from '@neuland/notifications';
import { AdminUsersController } from './admin-users.controller.js';
import { AdminOverviewController } from './overview/admin-overview.controller.js';
import { AdminOverview } from './overview/admin-overview.service.js';

/** The admin routes: members and their roles, the overview of how the site is doing. */
@Module({
  imports: [AuthCoreModule, MeetupsCoreModule, NotificationsCoreModule],
  controllers: [AdminUsersController, AdminOverviewController],
  providers: [AdminOverview],
})
export class AdminHttpModule {}
