import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '@neuland/media';
import { IsUUID } from 'class-validator';

export const SEAT_OFFER_STATUSES = ['open', 'taken', 'declined', 'expired', 'lapsed'] as const;
export type SeatOfferStatus = (typeof SEAT_OFFER_STATUSES)[number];

export class OfferSeatDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A waitlisted member the caller knows online (see candidates).',
  })
  @IsUUID()
  receiverId: string;
}

/** Someone on either side of a seat offer, as far as the other side may see them. */
export class SeatPersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: ImageDto }) photo: ImageDto | null;
}

export class SeatCandidatesDto {
  @ApiProperty({
    type: [SeatPersonDto],
    description: 'Waitlisted members, showing their attendance, whom the caller knows online (at most 100).',
  })
  items: SeatPersonDto[];
}

export class SeatOfferDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetupId: string;
  @ApiProperty({ enum: SEAT_OFFER_STATUSES }) status: SeatOfferStatus;
  @ApiProperty({ example: '2026-12-03T06:30:00+01:00', description: 'Taken by then, or the seat goes on.' })
  expiresAt: string;
  @ApiProperty({ type: SeatPersonDto }) giver: SeatPersonDto;
  @ApiProperty({ type: SeatPersonDto }) receiver: SeatPersonDto;
}

export class MySeatOffersDto {
  @ApiProperty({ nullable: true, type: SeatOfferDto, description: 'The open offer of the caller’s seat.' })
  given: SeatOfferDto | null;
  @ApiProperty({ nullable: true, type: SeatOfferDto, description: 'An open offer of a seat to the caller.' })
  received: SeatOfferDto | null;
}
