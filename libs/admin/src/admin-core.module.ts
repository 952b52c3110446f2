import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { InvitationsCoreModule } from '@neuland/invitations';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { AdminPersonalData } from './personal-data/admin-personal-data.js';
import { ReportQueue } from './reports/report-queue.js';
import { ReportSubjects } from './reports/report-subjects.js';
import { ReportsService } from './reports/reports.service.js';

const SERVICES = [ReportsService, ReportQueue, ReportSubjects];

/** Moderation: reports, their queue and resolution. No routes. */
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
