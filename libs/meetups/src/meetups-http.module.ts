import { Module } from '@nestjs/common';
import { CalendarsController } from './calendars/calendars.controller.js';
import { MeetupCitiesController } from './cities/meetup-cities.controller.js';
import { CheckInController } from './check-in/check-in.controller.js';
import { MeetupCoverController } from './cover/meetup-cover.controller.js';
import { CoHostsController } from './co-hosts/co-hosts.controller.js';
import { MeetupsCoreModule } from './meetups-core.module.js';
import { MeetupsController } from './meetups/meetups.controller.js';
import { MyMeetupsController } from './my-meetups/my-meetups.controller.js';
import { PeopleYouKnowController } from './people-you-know/people-you-know.controller.js';
import { RsvpsController } from './rsvps/rsvps.controller.js';
import { SeatsController } from './seats/seats.controller.js';

/** The meetup routes: meetups, their cities, your meetups, RSVPs, seats, attendees, co-hosts, check-in, calendars, people you know here. */
@Module({
  imports: [MeetupsCoreModule],
  controllers: [
    MeetupCitiesController,
    MeetupsController,
    MyMeetupsController,
    MeetupCoverController,
    RsvpsController,
    CheckInController,
    CalendarsController,
    CoHostsController,
    PeopleYouKnowController,
    SeatsController,
  ],
})
export class MeetupsHttpModule {}
