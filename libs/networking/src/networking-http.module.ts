import { Module } from '@nestjs/common';
import { BuddiesController } from './buddies/buddies.controller.js';
import { WeMetController } from './met/we-met.controller.js';
import { NetworkingCoreModule } from './networking-core.module.js';
import { MeetingWishesController } from './wishes/meeting-wishes.controller.js';

/** Buddy, wish and "we met" routes. */
@Module({
  imports: [NetworkingCoreModule],
  controllers: [BuddiesController, MeetingWishesController, WeMetController],
})
export class NetworkingHttpModule {}
