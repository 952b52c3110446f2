import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant, MultiLine, OptionalNotNull, OptionalNullable, SingleLine } from '@neuland/http';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  Length,
  MaxLength,
  Max,
  Min,
} from 'class-validator';
import { MEETUP_VISIBILITIES, type MeetupVisibility } from '../meetup-states.js';
import { IsIanaTimeZone } from '../time-zone.js';

/** Twenty times the largest conference we plan for; far below what the integer column holds. */
const MAX_CAPACITY = 100_000;

/** Exactly the fields an organiser writes; status, counts and hosts change only through their own endpoints. */
export class CreateMeetupDto {
  @ApiProperty({ maxLength: 200, example: 'Karriere-Expertinnen Hamburg: Winter-Treffen' })
  @IsString()
  @Length(3, 200)
  @SingleLine()
  title: string;

  @ApiPropertyOptional({
    description: 'Markdown; HTML is not allowed and is shown as text.',
    maxLength: 20000,
  })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20000)
  @MultiLine()
  description?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 10, example: ['career', 'ux'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @SingleLine({ each: true })
  topics?: string[];

  @ApiProperty({ maxLength: 100, example: 'Hamburg' })
  @IsString()
  @Length(1, 100)
  @SingleLine()
  city: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @OptionalNullable()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  venueName?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true })
  @OptionalNullable()
  @IsString()
  @MaxLength(500)
  @SingleLine()
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://meet.example.org/abc' })
  @OptionalNullable()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiProperty({
    example: '2026-12-03T18:30:00+01:00',
    description: 'ISO 8601 with offset; not in the past, at most three years ahead.',
  })
  @IsInstant()
  startsAt: string;

  @ApiProperty({
    example: '2026-12-03T21:00:00+01:00',
    description: 'After startsAt, at most 14 days later.',
  })
  @IsInstant()
  endsAt: string;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone the meetup is shown in.' })
  @IsIanaTimeZone()
  timeZone: string;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: MAX_CAPACITY,
    description: 'null = unlimited.',
  })
  @OptionalNullable()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_CAPACITY,
    default: 0,
    description:
      'Seats of the capacity kept for people who know nobody going, until they open to everyone near the start.',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  newcomerSeats?: number;

  @ApiPropertyOptional({ enum: MEETUP_VISIBILITIES, default: 'public' })
  @OptionalNotNull()
  @IsIn(MEETUP_VISIBILITIES)
  visibility?: MeetupVisibility;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'No RSVPs after this; null = until the meetup ends.',
  })
  @OptionalNullable()
  @IsInstant()
  rsvpDeadline?: string | null;
}
