// Handing a seat to a contact: a going member offers their seat to a waitlisted member they know online, who may
// take it for a while (SEAT_OFFER_HOURS); declined or not taken in time, the seat goes down the waitlist as usual.
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { type AppConfig, Clock } from '@neuland/config';
import { OutboxService } from '@neuland/outbox';
import type { DataSource } from 'typeorm';
import { MeetupAccess } from '../meetups/meetup-access.js';
import type { Meetup } from '../meetups/meetup.entity.js';
import { MeetupsError } from '../meetups-errors.js';
import { rsvpClosedError } from '../rsvps/rsvp-errors.js';
import { type MeetupForRsvp, lockMeetupForRsvp, readRsvpState } from '../rsvps/rsvp-statements.js';
import { RsvpService, type RsvpState } from '../rsvps/rsvp.service.js';
import { keepsNewcomerSeats } from './newcomer-seat-statements.js';
import {
  dueSeatOffers,
  eligibleReceivers,
  findSeatOffer,
  handOverSeat,
  type OpenSeatOffer,
  openSeatOffersOf,
  seatPerson,
  recordSeatOffer,
  type SeatOfferRow,
  type SeatPersonRow,
  seatHoldings,
  settleSeatOffer,
} from './seat-offer-statements.js';

const HOUR = 3_600_000;
const EXPIRY_BATCH = 100;

const notGoing = () =>
  new ConflictException({
    error: MeetupsError.NOT_GOING,
    message: 'Only someone with a seat can hand it on.',
  });
const notEligible = () =>
  new ConflictException({
    error: MeetupsError.SEAT_RECEIVER_NOT_ELIGIBLE,
    message: 'A seat goes only to someone on the waitlist whom you know online.',
    details: [{ field: 'receiverId', message: 'not someone on the waitlist you can hand your seat to' }],
  });
const notInvited = () =>
  new ForbiddenException({
    error: MeetupsError.SEAT_RECEIVER_NOT_INVITED,
    message: 'This meetup is invite-only: a seat goes only to someone invited.',
  });
export const seatOfferNotFound = () =>
  new NotFoundException({
    error: MeetupsError.SEAT_OFFER_NOT_FOUND,
    message: 'There is no such seat offer.',
  });
const seatOfferClosed = () =>
  new ConflictException({
    error: MeetupsError.SEAT_OFFER_CLOSED,
    message: 'This seat offer is no longer open.',
  });

@Injectable()
export class SeatHandOver {
  private readonly offerMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
    private readonly rsvps: RsvpService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.offerMs = config.get('seats.offerHours', { infer: true }) * HOUR;
  }

  /** Whom the caller could hand their seat to now. */
  async candidates(meetupId: string, user: AuthenticatedUser): Promise<SeatPersonRow[]> {
    const { meetup, viewer } = await this.access.findViewable(meetupId, user);
    if (viewer.rsvp?.status !== 'going') throw notGoing();
    return eligibleReceivers(this.dataSource.manager, meetupId, user.id, null, keepsNewcomerSeats(meetup));
  }

  async offer(
    meetupId: string,
    giver: AuthenticatedUser,
    receiverId: string,
  ): Promise<{ offer: OpenSeatOffer; timeZone: string }> {
    const { meetup } = await this.access.findViewable(meetupId, giver);
    await this.assertAdmitted(meetup, receiverId);
    // Invariant: the offer is recorded only while, under the meetup's lock, the giver holds a seat and the
    // receiver waits for one; one open offer per seat and per receiver (unique indexes).
    const offer = await this.dataSource.transaction(async (manager) => {
      const locked = await lockMeetupForRsvp(manager, meetupId, giver.id);
      const now = this.clock.now();
      this.assertOpen(locked, now);
      const holdings = await seatHoldings(manager, meetupId, [giver.id]);
      if (holdings.get(giver.id)?.status !== 'going') throw notGoing();
      const eligible = await eligibleReceivers(
        manager,
        meetupId,
        giver.id,
        receiverId,
        keepsNewcomerSeats(locked),
      );
      if (eligible.length === 0) throw notEligible();
      const recorded = await recordSeatOffer(manager, {
        meetupId,
        giverId: giver.id,
        receiverId,
        expiresAt: this.expiryOf(locked, now),
        now,
      });
      if (!recorded) {
        throw new ConflictException({
          error: MeetupsError.SEAT_ALREADY_OFFERED,
          message: 'Your seat, or this person, is already part of an open seat offer.',
        });
      }
      await this.outbox.record(manager, {
        topic: 'seat.offered',
        subjectId: recorded.id,
        payload: {
          offerId: recorded.id,
          meetupId,
          giverId: giver.id,
          receiverId,
          expiresAt: recorded.expires_at.toISOString(),
        },
      });
      return { ...recorded, giver: await seatPerson(manager, giver.id), receiver: eligible[0] };
    });
    return { offer, timeZone: meetup.timeZone };
  }

  /** The open offers of the caller's seat and to the caller, at one meetup they may see. */
  async openOffers(
    meetupId: string,
    user: AuthenticatedUser,
  ): Promise<{ meetup: Meetup; offers: OpenSeatOffer[] }> {
    const { meetup } = await this.access.findViewable(meetupId, user);
    return { meetup, offers: await openSeatOffersOf(this.dataSource.manager, meetupId, user.id) };
  }

  /** An offer still open, with its seat and its receiver's waitlist place in place (for its mail). */
  async openOfferFacts(offerId: string): Promise<{ giverId: string; expiresAt: Date } | null> {
    const offer = await findSeatOffer(this.dataSource.manager, offerId);
    if (offer?.status !== 'open' || offer.expires_at <= this.clock.now()) return null;
    const holdings = await seatHoldings(this.dataSource.manager, offer.meetup_id, [
      offer.giver_id,
      offer.receiver_id,
    ]);
    if (holdings.get(offer.giver_id)?.status !== 'going') return null;
    if (holdings.get(offer.receiver_id)?.status !== 'waitlisted') return null;
    return { giverId: offer.giver_id, expiresAt: offer.expires_at };
  }

  /** The receiver takes the seat: the two RSVPs swap under the meetup's lock, so no seat is ever added. */
  async take(
    meetupId: string,
    offerId: string,
    user: AuthenticatedUser,
  ): Promise<RsvpState & { timeZone: string }> {
    const offer = await this.offerTo(meetupId, offerId, user);
    const { meetup } = await this.access.findViewable(meetupId, user);
    await this.assertAdmitted(meetup, user.id);
    const state = await this.dataSource.transaction(async (manager) => {
      const locked = await lockMeetupForRsvp(manager, meetupId, user.id);
      const now = this.clock.now();
      this.assertOpen(locked, now);
      const current = await findSeatOffer(manager, offerId);
      if (current?.status !== 'open' || current.expires_at <= now) throw seatOfferClosed();
      const holdings = await seatHoldings(manager, meetupId, [offer.giver_id, user.id]);
      const giverHolding = holdings.get(offer.giver_id);
      if (giverHolding?.status !== 'going') throw seatOfferClosed();
      // The rule that let the offer be made must still hold: a block or a closed door since then ends it.
      const eligible = await eligibleReceivers(
        manager,
        meetupId,
        offer.giver_id,
        user.id,
        keepsNewcomerSeats(locked),
      );
      if (eligible.length === 0) throw seatOfferClosed();
      const handed = await handOverSeat(manager, current, giverHolding.newcomerSeat, now);
      await this.outbox.record(
        manager,
        {
          topic: 'rsvp.withdrawn',
          subjectId: handed.giverRsvpId,
          payload: { rsvpId: handed.giverRsvpId, meetupId, userId: offer.giver_id, wasGoing: true },
        },
        {
          topic: 'rsvp.promoted',
          subjectId: handed.takerRsvpId,
          payload: { rsvpId: handed.takerRsvpId, meetupId, userId: user.id },
        },
      );
      return (await readRsvpState(manager, meetupId, user.id))!;
    });
    return { ...state, timeZone: meetup.timeZone };
  }

  /** The receiver says no: the giver's seat goes to the head of the waitlist, as any withdrawal's does. */
  async decline(meetupId: string, offerId: string, user: AuthenticatedUser): Promise<void> {
    const offer = await this.offerTo(meetupId, offerId, user);
    await this.dataSource.transaction(async (manager) => {
      await lockMeetupForRsvp(manager, meetupId, user.id);
      if (!(await settleSeatOffer(manager, offerId, 'declined', this.clock.now()))) throw seatOfferClosed();
      await this.rsvps.withdraw(manager, meetupId, offer.giver_id);
    });
  }

  /** Offers not taken in time: each giver's seat goes down the waitlist. Run by the sweeper; returns how many. */
  async expireDueOffers(): Promise<number> {
    const due = await dueSeatOffers(this.dataSource.manager, this.clock.now(), EXPIRY_BATCH);
    for (const offer of due) {
      await this.dataSource.transaction(async (manager) => {
        await lockMeetupForRsvp(manager, offer.meetup_id, offer.giver_id);
        if (!(await settleSeatOffer(manager, offer.id, 'expired', this.clock.now()))) return;
        await this.rsvps.withdraw(manager, offer.meetup_id, offer.giver_id);
      });
    }
    return due.length;
  }

  /** The offer, when it is this member's to answer; 404 for everyone else. */
  private async offerTo(meetupId: string, offerId: string, user: AuthenticatedUser): Promise<SeatOfferRow> {
    const offer = await findSeatOffer(this.dataSource.manager, offerId);
    if (!offer || offer.meetup_id !== meetupId || offer.receiver_id !== user.id) throw seatOfferNotFound();
    return offer;
  }

  /** An invite-only meetup's seats go only to people its invitations admit (asked through MeetupAccess's hook). */
  private async assertAdmitted(meetup: Meetup, receiverId: string): Promise<void> {
    if (meetup.visibility !== 'invite_only' || meetup.organiserId === receiverId) return;
    if (!(await this.access.holdsInvitation(meetup.id, receiverId))) throw notInvited();
  }

  private assertOpen(meetup: MeetupForRsvp, now: Date): void {
    if (meetup.status === 'cancelled') throw rsvpClosedError(MeetupsError.MEETUP_CANCELLED);
    if (meetup.status !== 'published') throw rsvpClosedError(MeetupsError.MEETUP_NOT_PUBLISHED);
    if ((meetup.rsvpDeadline ?? meetup.endsAt) <= now) throw rsvpClosedError(MeetupsError.RSVP_CLOSED);
  }

  /** SEAT_OFFER_HOURS from now, but never past the last moment anyone may RSVP. */
  private expiryOf(meetup: Pick<Meetup, 'endsAt' | 'rsvpDeadline'>, now: Date): Date {
    const latest = meetup.rsvpDeadline ?? meetup.endsAt;
    return new Date(Math.min(now.getTime() + this.offerMs, latest.getTime()));
  }
}
