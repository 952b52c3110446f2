import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { AdminCoreModule } from './admin-core.module.js';
import { AdminUsersController } from './admin-users.controller.js';
import { AdminReportsController, ReportsController } from './reports/reports.controller.js';

/** The admin routes: members, their roles and suspension; reports, filed by members and resolved by admins. */
@Module({
  imports: [AuthCoreModule, AdminCoreModule],
  controllers: [AdminUsersController, ReportsController, AdminReportsController],
})
export class AdminHttpModule {}
