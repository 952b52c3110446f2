import { Module } from '@nestjs/common';
import { MediaCoreModule } from '@neuland/media';
import { MeetupsCoreModule } from '@neuland/meetups';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { BadgesController } from './badges/badges.controller.js';
import { BadgesService } from './badges/badges.service.js';
import { ArrivalsService } from './room/arrivals.service.js';
import { IntroducedPairs } from './room/introduced-pairs.js';
import { RoomAggregateService } from './room/room-aggregate.service.js';
import { RoomController } from './room/room.controller.js';

/**
 * The room at the door, for its hosts: the arrival view, the room in aggregate and the name badges. No tables of
 * its own: it reads check-ins through the meetups read model and who knows whom through told_about.
 */
@Module({
  imports: [MeetupsCoreModule, ProfilesCoreModule, SocialGraphCoreModule, MediaCoreModule],
  controllers: [RoomController, BadgesController],
  providers: [ArrivalsService, RoomAggregateService, IntroducedPairs, BadgesService],
})
export class NetworkingRoomModule {}
