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
import type { SeatOfferRow, SeatPersonRow } from './seat-offer-statements.js';

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
      given: given ? toSeatOfferDto(given, given.giver, given.receiver, meetup.timeZone) : null,
      received: received
        ? toSeatOfferDto(received, received.giver, received.receiver, meetup.timeZone)
        : null,
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
    const offer = await this.handOver.offer(id, user, body.receiverId);
    const { offers, meetup } = await this.handOver.openOffers(id, user);
    const shown = offers.find((open) => open.id === offer.id);
    if (!shown) return toSeatOfferDto(offer, null, null, meetup.timeZone);
    return toSeatOfferDto(shown, shown.giver, shown.receiver, meetup.timeZone);
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
    const { meetup } = await this.handOver.openOffers(id, user);
    return toMyRsvpDto(state.rsvp, state.waitlistPosition, meetup.timeZone);
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

function toSeatOfferDto(
  offer: SeatOfferRow,
  giver: SeatPersonRow | null,
  receiver: SeatPersonRow | null,
  zone: string,
): SeatOfferDto {
  const someone = (userId: string): SeatPersonDto => ({ userId, handle: '', displayName: '', photo: null });
  return {
    id: offer.id,
    meetupId: offer.meetup_id,
    status: offer.status,
    expiresAt: toZonedIso(new Date(offer.expires_at), zone),
    giver: giver ? toSeatPerson(giver) : someone(offer.giver_id),
    receiver: receiver ? toSeatPerson(receiver) : someone(offer.receiver_id),
  };
}
