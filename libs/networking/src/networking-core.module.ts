import { Module } from '@nestjs/common';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { AttendeeSeats } from './attendee-seats.js';
import { BuddiesService } from './buddies/buddies.service.js';
import { BuddyPairing } from './buddies/buddy-pairing.js';
import { MetInPersonMornings } from './met/met-in-person-mornings.js';
import { NetworkingOutcome } from './met/networking-outcome.js';
import { WeMetService } from './met/we-met.service.js';
import { NetworkingPersonalData } from './personal-data/networking-personal-data.js';
import { MeetingWishesService } from './wishes/meeting-wishes.service.js';

const SERVICES = [
  AttendeeSeats,
  BuddiesService,
  BuddyPairing,
  MeetingWishesService,
  WeMetService,
  MetInPersonMornings,
  NetworkingOutcome,
];

/** Buddies, "I'd like to meet you" and "we met" at a meetup: services, pairing, and their personal data. */
@Module({
  imports: [MeetupsCoreModule, ProfilesCoreModule, SocialGraphCoreModule, PrivacyCoreModule],
  providers: [...SERVICES, NetworkingPersonalData],
  exports: SERVICES,
})
export class NetworkingCoreModule {}
