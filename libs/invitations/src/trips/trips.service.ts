// Trips: a member announces a visit; people in that city who know them online and opted in get a coffee offer.
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actingFor, type AuthenticatedUser } from '@neuland/auth';
import { dayOf, millisecondsOf, newestFirstPage, type Page, type PageQuery } from '@neuland/http';
import { MeetupsError, MeetupsService } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import { ProfilesService } from '@neuland/profiles';
import { SocialGraphService } from '@neuland/social-graph';
import { DateTime } from 'luxon';
import { type DataSource, In } from 'typeorm';
import { InvitationMailGate } from '../invitation-mail-gate.js';
import { InvitationPresenter } from '../invitations/invitation-presenter.js';
import { CoffeeOffer } from './coffee-offer.entity.js';
import type { AnnounceTripDto, CoffeeOfferDto, TripDto } from './dto/trip.dto.js';
import { invalidTripDates, isCalendarDate, tripNotFound } from './trip-errors.js';
import { Trip } from './trip.entity.js';

const TRIP_PLANNED_AHEAD_AT_MOST = { years: 2 };
const TRIP_LASTS_AT_MOST = { months: 3 };

@Injectable()
export class TripsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfilesService,
    private readonly graph: SocialGraphService,
    private readonly outbox: OutboxService,
    private readonly presenter: InvitationPresenter,
    private readonly meetups: MeetupsService,
    private readonly mailGate: InvitationMailGate,
  ) {}

  async announce(user: AuthenticatedUser, dto: AnnounceTripDto): Promise<TripDto> {
    assertSoundDates(dto);
    const residents = await this.profiles.memberIdsMatching({
      homeCity: dto.city,
      acceptsCoffeeOffers: true,
    });
    // The introduction predicate, seen from each resident: may they be told about the traveller?
    const known = await this.graph.toldAbout(
      residents.filter((id) => id !== user.id),
      [user.id],
    );
    const recipientIds = [...new Set(known.map((row) => row.viewerId))];
    // Invariant: a trip and its offers, each with its outbox row, exist together or not at all.
    const trip = await this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Trip, {
          travellerId: user.id,
          city: dto.city,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          note: dto.note ?? null,
          status: 'planned',
        }),
      );
      if (recipientIds.length === 0) return saved;
      const offers = await manager.save(
        recipientIds.map((recipientId) => manager.create(CoffeeOffer, { tripId: saved.id, recipientId })),
      );
      await this.outbox.record(
        manager,
        ...offers.map((offer) => ({
          topic: 'trip.coffee_offered' as const,
          subjectId: offer.id,
          payload: {
            offerId: offer.id,
            tripId: saved.id,
            travellerId: user.id,
            recipientId: offer.recipientId,
            city: saved.city,
            startsOn: saved.startsOn,
            endsOn: saved.endsOn,
            ...(saved.note ? { note: saved.note } : {}),
          },
        })),
      );
      return saved;
    });
    const [dtoOut] = await this.present([trip]);
    return dtoOut;
  }

  async listMine(user: AuthenticatedUser, query: PageQuery): Promise<Page<TripDto>> {
    const builder = this.db
      .getRepository(Trip)
      .createQueryBuilder('trip')
      .where('trip.travellerId = :userId', { userId: user.id });
    const { rows, nextCursor } = await newestFirstPage(
      builder,
      dayOf('trip.starts_on'),
      (row) => row.startsOn,
      query,
    );
    return { items: await this.present(rows), nextCursor };
  }

  /**
   * Cancelling withdraws every offer nobody answered yet and calls off the coffee meetup (its attendees hear of it
   * through meetup.cancelled). Idempotent; cancelling again retries a coffee meetup left uncancelled.
   */
  async cancel(user: AuthenticatedUser, tripId: string): Promise<TripDto> {
    // Invariant: once a trip is cancelled, none of its offers is open (and no open offer mail may go out).
    const trip = await this.db.transaction(async (manager) => {
      const found = await manager.findOne(Trip, {
        where: { id: tripId, travellerId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw tripNotFound();
      if (found.status === 'cancelled') return found;
      found.status = 'cancelled';
      found.cancelledAt = new Date();
      await manager.update(Trip, found.id, { status: found.status, cancelledAt: found.cancelledAt });
      const cancelled: { id: string }[] = await manager
        .createQueryBuilder()
        .update(CoffeeOffer)
        .set({ status: 'cancelled' })
        .where('tripId = :tripId AND status = :open', { tripId: found.id, open: 'open' })
        .returning(['id'])
        .execute()
        .then((result) => result.raw);
      await this.outbox.record(manager, {
        topic: 'trip.cancelled',
        subjectId: found.id,
        payload: {
          tripId: found.id,
          travellerId: user.id,
          cancelledOfferIds: cancelled.map((row) => row.id),
        },
      });
      return found;
    });
    if (trip.coffeeMeetupId) await this.callOffCoffee(trip);
    const [dto] = await this.present([trip]);
    return dto;
  }

  private async callOffCoffee(trip: Trip): Promise<void> {
    const traveller = actingFor(trip.travellerId);
    try {
      await this.meetups.cancel(trip.coffeeMeetupId!, traveller, 'The traveller cancelled the trip.');
    } catch (error) {
      const alreadyCancelled =
        error instanceof ConflictException &&
        (error.getResponse() as { error?: string }).error === MeetupsError.MEETUP_CANCELLED;
      if (!alreadyCancelled) throw error;
    }
  }

  /** Offers made to me, newest first. */
  async offersToMe(user: AuthenticatedUser, query: PageQuery): Promise<Page<CoffeeOfferDto>> {
    const builder = this.db
      .getRepository(CoffeeOffer)
      .createQueryBuilder('offer')
      .where('offer.recipientId = :userId', { userId: user.id });
    const { rows: offers, nextCursor } = await newestFirstPage(
      builder,
      millisecondsOf('offer.created_at'),
      (row) => row.createdAt.toISOString(),
      query,
    );
    const trips = await this.db.manager.findBy(Trip, { id: In(offers.map((offer) => offer.tripId)) });
    const tripById = new Map(trips.map((trip) => [trip.id, trip]));
    const people = await this.presenter.people(trips.map((trip) => trip.travellerId));
    const items = offers.map((offer) => {
      const trip = tripById.get(offer.tripId)!;
      return {
        id: offer.id,
        tripId: trip.id,
        traveller: people.get(trip.travellerId) ?? {
          userId: trip.travellerId,
          handle: '',
          displayName: '',
          photo: null,
        },
        city: trip.city,
        startsOn: trip.startsOn,
        endsOn: trip.endsOn,
        note: trip.note,
        status: offer.status,
        meetupId: offer.status === 'accepted' ? trip.coffeeMeetupId : null,
      };
    });
    return { items, nextCursor };
  }

  /** For the mail job: send an offer only while it is open. */
  async isOfferOpen(offerId: string): Promise<boolean> {
    return this.mailGate.isOfferOpen(offerId);
  }

  /** The traveller's view: who said yes, and nothing about anyone else. */
  private async present(trips: Trip[]): Promise<TripDto[]> {
    const accepted = await this.db.manager.find(CoffeeOffer, {
      where: { tripId: In(trips.map((trip) => trip.id)), status: 'accepted' },
      order: { respondedAt: 'ASC' },
    });
    const people = await this.presenter.people(accepted.map((offer) => offer.recipientId));
    return trips.map((trip) => ({
      id: trip.id,
      city: trip.city,
      startsOn: trip.startsOn,
      endsOn: trip.endsOn,
      note: trip.note,
      status: trip.status,
      coffee: {
        meetupId: trip.coffeeMeetupId,
        yes: accepted
          .filter((offer) => offer.tripId === trip.id)
          .map((offer) => people.get(offer.recipientId))
          .filter((person) => person !== undefined),
      },
    }));
  }
}

/** A trip people plan: on real days, not over yet, starting within two years, and at most three months long. */
function assertSoundDates(dto: AnnounceTripDto): void {
  if (!isCalendarDate(dto.startsOn)) throw invalidTripDates('startsOn', 'is not a calendar date');
  if (!isCalendarDate(dto.endsOn)) throw invalidTripDates('endsOn', 'is not a calendar date');
  if (dto.endsOn < dto.startsOn) throw invalidTripDates('endsOn', 'must not be before startsOn');
  const today = DateTime.utc().startOf('day');
  if (dto.endsOn < today.toISODate()) throw invalidTripDates('endsOn', 'must not be in the past');
  if (dto.startsOn > today.plus(TRIP_PLANNED_AHEAD_AT_MOST).toISODate()) {
    throw invalidTripDates('startsOn', 'must be at most two years ahead');
  }
  if (dto.endsOn > DateTime.fromISO(dto.startsOn, { zone: 'utc' }).plus(TRIP_LASTS_AT_MOST).toISODate()!) {
    throw invalidTripDates('endsOn', 'must be at most three months after startsOn');
  }
}
