import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { RoleGrants } from './first-admin/role-grants.js';
import { OrganiserPolicyService } from './organisers/organiser-policy.service.js';
import { OrganiserRequestsPersonalData } from './organisers/organiser-requests-personal-data.js';
import { OrganiserRequestsService } from './organisers/organiser-requests.service.js';

const SERVICES = [OrganiserPolicyService, OrganiserRequestsService, RoleGrants];

/** The organiser policy and requests, and the first admin. No routes. */
@Module({
  imports: [AuthCoreModule, MeetupsCoreModule, PrivacyCoreModule],
  providers: [...SERVICES, OrganiserRequestsPersonalData],
  exports: SERVICES,
})
export class AdminCoreModule {}
