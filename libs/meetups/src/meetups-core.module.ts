import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MediaCoreModule } from '@neuland/media';
import { AuthCoreModule } from '@neuland/auth';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { MeetupAdministration } from './administration/meetup-administration.js';
import { CalendarFeed } from './calendars/calendar-feed.entity.js';
import { CalendarFeedService } from './calendars/calendar-feed.service.js';
import { MeetupCitiesService } from './cities/meetup-cities.service.js';
import { CheckInService } from './check-in/check-in.service.js';
import { MeetupCoverService } from './cover/meetup-cover.service.js';
import { CoHostsService } from './co-hosts/co-hosts.service.js';
import { MeetupCoHost } from './co-hosts/meetup-co-host.entity.js';
import { MeetupAccess } from './meetups/meetup-access.js';
import { MeetupCreators } from './meetups/meetup-creators.js';
import { MeetupListingService } from './meetups/meetup-listing.service.js';
import { MeetupPresenter } from './meetups/meetup-presenter.js';
import { Meetup } from './meetups/meetup.entity.js';
import { MeetupsService } from './meetups/meetups.service.js';
import { MeetupModeration } from './moderation/meetup-moderation.js';
import { MeetupsPersonalData } from './personal-data/meetups-personal-data.js';
import { MyMeetupsService } from './my-meetups/my-meetups.service.js';
import { PeopleYouKnowService } from './people-you-know/people-you-know.service.js';
import { MeetupReadModel } from './read-model/meetup-read-model.js';
import { AttendeeListService } from './rsvps/attendee-list.service.js';
import { Rsvp } from './rsvps/rsvp.entity.js';
import { RsvpService } from './rsvps/rsvp.service.js';
import { NewcomerSeats } from './seats/newcomer-seats.js';
import { SeatHandOver } from './seats/seat-hand-over.service.js';

const SERVICES = [
  MeetupAccess,
  MeetupCreators,
  MeetupsService,
  MeetupListingService,
  MeetupCitiesService,
  MyMeetupsService,
  MeetupPresenter,
  RsvpService,
  AttendeeListService,
  CheckInService,
  CalendarFeedService,
  PeopleYouKnowService,
  CoHostsService,
  MeetupCoverService,
  MeetupReadModel,
  MeetupAdministration,
  MeetupModeration,
  SeatHandOver,
  NewcomerSeats,
];

/** Meetups, co-hosts, RSVPs with capacity, waitlist and seats, check-in and calendars. No routes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Meetup, MeetupCoHost, Rsvp, CalendarFeed]),
    AuthCoreModule,
    ProfilesCoreModule,
    SocialGraphCoreModule,
    PrivacyCoreModule,
    MediaCoreModule,
  ],
  providers: [...SERVICES, MeetupsPersonalData],
  exports: SERVICES,
})
export class MeetupsCoreModule {}
