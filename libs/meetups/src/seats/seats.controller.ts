import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { MyRsvpDto } from '../meetups/dto/meetup.dto.js';
import { toMyRsvpDto } from '../meetups/meetup-presenter.js';
import { toZonedIso } from '../meetups/time-zone.js';
import {
  MySeatOffersDto,
  OfferSeatDto,
  SeatCandidatesDto,
  SeatOfferDto,
  type SeatPersonDto,
} from './dto/seat-offer.dto.js';
import { SeatHandOver } from './seat-hand-over.service.js';
import type { OpenSeatOffer, SeatPersonRow } from './seat-offer-statements.js';

@ApiTags('seats')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/seat-offers' })
export class SeatsController {
  constructor(private readonly handOver: SeatHandOver) {}

  @Get('candidates')
  @ApiOkResponse({ type: SeatCandidatesDto })
  @ApiConflictResponse({ description: 'NOT_GOING' })
  async candidates(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SeatCandidatesDto> {
    return { items: (await this.handOver.candidates(id, user)).map(toSeatPerson) };
  }

  @Get()
  @ApiOkResponse({ type: MySeatOffersDto })
  async mine(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MySeatOffersDto> {
    const { meetup, offers } = await this.handOver.openOffers(id, user);
    const given = offers.find((offer) => offer.giver_id === user.id);
    const received = offers.find((offer) => offer.receiver_id === user.id);
    return {
      given: given ? toSeatOfferDto(given, meetup.timeZone) : null,
      received: received ? toSeatOfferDto(received, meetup.timeZone) : null,
    };
  }

  @Post()
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: SeatOfferDto, description: 'The receiver is mailed and may take the seat.' })
  @ApiConflictResponse({
    description:
      'NOT_GOING, SEAT_RECEIVER_NOT_ELIGIBLE, SEAT_ALREADY_OFFERED, MEETUP_CANCELLED, MEETUP_NOT_PUBLISHED, RSVP_CLOSED',
  })
  @ApiForbiddenResponse({ description: 'SEAT_RECEIVER_NOT_INVITED' })
  async offer(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: OfferSeatDto,
  ): Promise<SeatOfferDto> {
    const { offer, timeZone } = await this.handOver.offer(id, user, body.receiverId);
    return toSeatOfferDto(offer, timeZone);
  }

  @Post(':offerId/take')
  @HttpCode(200)
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: MyRsvpDto, description: 'The seat is the caller’s; the giver no longer goes.' })
  @ApiNotFoundResponse({ description: 'SEAT_OFFER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SEAT_OFFER_CLOSED, MEETUP_CANCELLED, RSVP_CLOSED' })
  @ApiForbiddenResponse({ description: 'SEAT_RECEIVER_NOT_INVITED' })
  async take(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('offerId', new ParseUUIDPipe()) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MyRsvpDto> {
    const state = await this.handOver.take(id, offerId, user);
    return toMyRsvpDto(state.rsvp, state.waitlistPosition, state.timeZone);
  }

  // Declining stays open to unverified members: it only lets the seat go down the waitlist.
  @Post(':offerId/decline')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The seat goes to the first on the waitlist.' })
  @ApiNotFoundResponse({ description: 'SEAT_OFFER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SEAT_OFFER_CLOSED' })
  async decline(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('offerId', new ParseUUIDPipe()) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.handOver.decline(id, offerId, user);
  }
}

const toSeatPerson = (row: SeatPersonRow): SeatPersonDto => ({
  userId: row.user_id,
  handle: row.handle,
  displayName: row.display_name,
  photo: row.photo,
});

const toSeatOfferDto = (offer: OpenSeatOffer, zone: string): SeatOfferDto => ({
  id: offer.id,
  meetupId: offer.meetup_id,
  status: offer.status,
  expiresAt: toZonedIso(new Date(offer.expires_at), zone),
  giver: toSeatPerson(offer.giver),
  receiver: toSeatPerson(offer.receiver),
});
