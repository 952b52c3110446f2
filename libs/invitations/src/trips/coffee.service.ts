// "I'm in": the first yes to a trip's coffee offer makes a small private invite-only meetup; later yeses join it.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actingFor, type AuthenticatedUser } from '@neuland/auth';
import { MeetupsService, RsvpService } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import { ProfilesService } from '@neuland/profiles';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { CoffeeOffer } from './coffee-offer.entity.js';
import type { CoffeeAnswerDto } from './dto/trip.dto.js';
import { tripCancelled, tripNotFound, tripOver } from './trip-errors.js';
import { Trip } from './trip.entity.js';

const COFFEE_HOUR = 15;
const COFFEE_MINUTES = 90;

@Injectable()
export class CoffeeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetups: MeetupsService,
    private readonly rsvps: RsvpService,
    private readonly profiles: ProfilesService,
    private readonly outbox: OutboxService,
  ) {}

  async sayYes(user: AuthenticatedUser, tripId: string): Promise<CoffeeAnswerDto> {
    // Invariant: one coffee meetup per trip. The trip's row lock makes a concurrent "I'm in" wait until the first
    // has made the meetup and recorded it on the trip. The meetup itself commits in MeetupsService's own
    // transactions; should this one fail afterwards, a lone coffee meetup of the traveller is left (no one invited).
    const meetupId = await this.db.transaction(async (manager) => {
      const trip = await manager.findOne(Trip, {
        where: { id: tripId },
        lock: { mode: 'pessimistic_write' },
      });
      const offer = trip && (await manager.findOneBy(CoffeeOffer, { tripId, recipientId: user.id }));
      if (!trip || !offer) throw tripNotFound();
      if (trip.status === 'cancelled' || offer.status === 'cancelled') throw tripCancelled();
      if (!trip.coffeeMeetupId) {
        trip.coffeeMeetupId = await this.makeCoffeeMeetup(trip, user.id);
        await manager.update(Trip, trip.id, { coffeeMeetupId: trip.coffeeMeetupId });
      }
      if (offer.status === 'open') {
        await manager.update(CoffeeOffer, offer.id, { status: 'accepted', respondedAt: new Date() });
        await this.outbox.record(manager, {
          topic: 'trip.coffee_accepted',
          subjectId: offer.id,
          payload: { tripId, meetupId: trip.coffeeMeetupId, travellerId: trip.travellerId, userId: user.id },
        });
      }
      return trip.coffeeMeetupId;
    });
    // Outside the trip lock: RSVPs take the meetup's row lock; going again is idempotent, so a retry heals a failure.
    const state = await this.rsvps.rsvpGoing(meetupId, user.id, { viaInvitation: true });
    return { meetupId, rsvpStatus: state.rsvp.status };
  }

  /** A published invite-only meetup on the first day of the trip that is still ahead, at 15:00 in the guest's zone. */
  private async makeCoffeeMeetup(trip: Trip, firstGuestId: string): Promise<string> {
    const [traveller, guest] = await Promise.all([
      this.profiles.getSettings(trip.travellerId),
      this.profiles.getSettings(firstGuestId),
    ]);
    const startsAt = firstCoffeeTime(trip, guest.timeZone);
    if (!startsAt) throw tripOver();
    const organiser = actingFor(trip.travellerId);
    const meetup = await this.meetups.create(organiser, {
      title: `Kaffee mit ${traveller.displayName}`.slice(0, 200),
      description: trip.note ?? '',
      city: trip.city,
      startsAt: startsAt.toISO()!,
      endsAt: startsAt.plus({ minutes: COFFEE_MINUTES }).toISO()!,
      timeZone: guest.timeZone,
      visibility: 'invite_only',
      capacity: null,
    });
    await this.meetups.publish(meetup.id, organiser);
    await this.rsvps.rsvpGoing(meetup.id, trip.travellerId);
    return meetup.id;
  }
}

function firstCoffeeTime(trip: Trip, zone: string): DateTime | null {
  const soonest = DateTime.now().plus({ hours: 1 });
  for (
    let day = DateTime.fromISO(trip.startsOn, { zone });
    day.toISODate()! <= trip.endsOn;
    day = day.plus({ days: 1 })
  ) {
    const coffee = day.set({ hour: COFFEE_HOUR, minute: 0, second: 0, millisecond: 0 });
    if (coffee > soonest) return coffee;
  }
  return null;
}
