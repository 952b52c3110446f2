import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { InvitationsCoreModule } from '@neuland/invitations';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { RoleGrants } from './first-admin/role-grants.js';
import { OrganiserPolicyService } from './organisers/organiser-policy.service.js';
import { OrganiserRequestsService } from './organisers/organiser-requests.service.js';
import { AdminPersonalData } from './personal-data/admin-personal-data.js';
import { ReportQueue } from './reports/report-queue.js';
import { ReportSubjects } from './reports/report-subjects.js';
import { ReportsService } from './reports/reports.service.js';

const SERVICES = [
  OrganiserPolicyService,
  OrganiserRequestsService,
  RoleGrants,
  ReportsService,
  ReportQueue,
  ReportSubjects,
];

/** The organiser policy and requests, the first admin, and moderation (reports, their queue and resolution). No routes. */
@Module({
  imports: [
    AuthCoreModule,
    ProfilesCoreModule,
    SocialGraphCoreModule,
    MeetupsCoreModule,
    InvitationsCoreModule,
    PrivacyCoreModule,
  ],
  providers: [...SERVICES, AdminPersonalData],
  exports: SERVICES,
})
export class AdminCoreModule {}
