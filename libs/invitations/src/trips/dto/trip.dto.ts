import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MultiLine, OptionalNotNull, PageDtoOf, SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { PersonDto } from '../../invitations/dto/invitation.dto.js';
import { COFFEE_OFFER_STATUSES, type CoffeeOfferStatus } from '../coffee-offer.entity.js';
import { TRIP_STATUSES, type TripStatus } from '../trip.entity.js';

const DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

export class AnnounceTripDto {
  @ApiProperty({ example: 'Leipzig' })
  @IsString()
  @Length(1, 100)
  @SingleLine()
  @Transform(trim)
  city: string;

  @ApiProperty({
    format: 'date',
    example: '2026-12-03',
    description: 'First day in the city (YYYY-MM-DD), at most two years ahead.',
  })
  @Matches(DATE, { message: 'must be a date such as 2026-12-03' })
  startsOn: string;

  @ApiProperty({
    format: 'date',
    example: '2026-12-05',
    description: 'Last day in the city; not before startsOn, at most three months after it.',
  })
  @Matches(DATE, { message: 'must be a date such as 2026-12-05' })
  endsOn: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'Zeit für einen Kaffee ist doch immer.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(500)
  @MultiLine()
  note?: string;
}

export class CoffeeDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) meetupId: string | null;
  @ApiProperty({ type: [PersonDto], description: 'Who said "I\'m in". Nobody else is ever shown.' })
  yes: PersonDto[];
}

export class TripDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() city: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: TRIP_STATUSES }) status: TripStatus;
  @ApiProperty({ type: CoffeeDto }) coffee: CoffeeDto;
}

export class CoffeeOfferDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tripId: string;
  @ApiProperty({ type: PersonDto }) traveller: PersonDto;
  @ApiProperty() city: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: COFFEE_OFFER_STATUSES }) status: CoffeeOfferStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) meetupId: string | null;
}

export class TripPageDto extends PageDtoOf(TripDto) {}

export class CoffeeOfferPageDto extends PageDtoOf(CoffeeOfferDto) {}

export class CoffeeAnswerDto {
  @ApiProperty({ format: 'uuid', description: 'The private meetup of everyone who said yes.' })
  meetupId: string;
  @ApiProperty() rsvpStatus: string;
}
