import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { MediaCoreModule } from '@neuland/media';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import {
  CircleAnnouncementAudience,
  CircleAnnouncementSettings,
} from './announcements/circle-announcements.js';
import { CircleImagesService } from './circle-images/circle-images.service.js';
import { CircleMeetupsService } from './circle-meetups/circle-meetups.service.js';
import { CircleAccess } from './circles/circle-access.js';
import { CirclesService } from './circles/circles.service.js';
import { CircleOrganisingService } from './membership/circle-organising.service.js';
import { MembershipService } from './membership/membership.service.js';
import { CircleMembersService } from './organiser-view/circle-members.service.js';
import { CirclePeopleYouKnowService } from './people-you-know/circle-people-you-know.service.js';
import { CirclesPersonalData } from './personal-data/circles-personal-data.js';
import { ProfileCirclesService } from './profile-circles/profile-circles.service.js';
import { SeriesOccurrences } from './series/series-occurrences.js';
import { SeriesService } from './series/series.service.js';

const SERVICES = [
  CircleAccess,
  CirclesService,
  MembershipService,
  CircleOrganisingService,
  CircleMembersService,
  CircleMeetupsService,
  CircleImagesService,
  CirclePeopleYouKnowService,
  ProfileCirclesService,
  CircleAnnouncementSettings,
  CircleAnnouncementAudience,
  SeriesService,
  SeriesOccurrences,
];

/** Circles, their members and roles, bans, and which meetups are theirs (with the meetups hooks). No routes. */
@Module({
  imports: [
    AuthCoreModule,
    ProfilesCoreModule,
    SocialGraphCoreModule,
    MeetupsCoreModule,
    PrivacyCoreModule,
    MediaCoreModule,
  ],
  providers: [...SERVICES, CirclesPersonalData],
  exports: SERVICES,
})
export class CirclesCoreModule {}
