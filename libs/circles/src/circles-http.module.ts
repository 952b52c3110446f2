import { Module } from '@nestjs/common';
import { MeetupsCoreModule } from '@neuland/meetups';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { CircleAnnouncementsController } from './announcements/circle-announcements.controller.js';
import { CircleImagesController } from './circle-images/circle-images.controller.js';
import { CircleMeetupsController } from './circle-meetups/circle-meetups.controller.js';
import { CirclesCoreModule } from './circles-core.module.js';
import { CirclesController } from './circles/circles.controller.js';
import { MembershipController } from './membership/membership.controller.js';
import { CircleMembersController } from './organiser-view/circle-members.controller.js';
import { CirclePeopleYouKnowController } from './people-you-know/circle-people-you-know.controller.js';
import { ProfileCirclesController } from './profile-circles/profile-circles.controller.js';
import { CircleCalendarController } from './series/circle-calendar.controller.js';
import { SeriesController } from './series/series.controller.js';

/** The circle routes: circles, joining and leaving, the organisers' tools, its meetups, people you know there. */
@Module({
  // Meetups' organiser policy decides who founds a circle; the social graph's directory who sees a profile.
  imports: [CirclesCoreModule, MeetupsCoreModule, SocialGraphCoreModule],
  controllers: [
    CirclesController,
    MembershipController,
    CircleMembersController,
    CircleMeetupsController,
    CircleImagesController,
    CirclePeopleYouKnowController,
    ProfileCirclesController,
    CircleAnnouncementsController,
    SeriesController,
    CircleCalendarController,
  ],
})
export class CirclesHttpModule {}
