import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfilesModule } from '@neuland/profiles';
import { SocialGraphModule } from '@neuland/social-graph';
import { CalendarFeed } from './calendars/calendar-feed.entity.js';
import { CalendarFeedService } from './calendars/calendar-feed.service.js';
import { CalendarsController } from './calendars/calendars.controller.js';
import { CheckInController } from './check-in/check-in.controller.js';
import { CheckInService } from './check-in/check-in.service.js';
import { CoHostsController } from './co-hosts/co-hosts.controller.js';
import { MeetupCoHost } from './co-hosts/meetup-co-host.entity.js';
import { MeetupAccess } from './meetups/meetup-access.js';
import { MeetupListingService } from './meetups/meetup-listing.service.js';
import { MeetupPresenter } from './meetups/meetup-presenter.js';
import { Meetup } from './meetups/meetup.entity.js';
import { MeetupsController } from './meetups/meetups.controller.js';
import { MeetupsService } from './meetups/meetups.service.js';
import { PeopleYouKnowController } from './people-you-know/people-you-know.controller.js';
import { PeopleYouKnowService } from './people-you-know/people-you-know.service.js';
import { AttendeeListService } from './rsvps/attendee-list.service.js';
import { Rsvp } from './rsvps/rsvp.entity.js';
import { RsvpService } from './rsvps/rsvp.service.js';
import { RsvpsController } from './rsvps/rsvps.controller.js';

/** Meetups, co-hosts, RSVPs with capacity and waitlist, check-in and calendars. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Meetup, MeetupCoHost, Rsvp, CalendarFeed]),
    SocialGraphModule,
    ProfilesModule,
  ],
  controllers: [
    MeetupsController,
    RsvpsController,
    CheckInController,
    CalendarsController,
    CoHostsController,
    PeopleYouKnowController,
  ],
  providers: [
    MeetupAccess,
    MeetupsService,
    MeetupListingService,
    MeetupPresenter,
    RsvpService,
    AttendeeListService,
    CheckInService,
    CalendarFeedService,
    PeopleYouKnowService,
  ],
  exports: [RsvpService, MeetupAccess, MeetupsService],
})
export class MeetupsModule {}
