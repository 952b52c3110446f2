import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { CreateMeetupDto } from '@neuland/meetups';
import { MultiLine, OptionalNotNull, SingleLine } from '@neuland/http';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

/** The first occurrence as any meetup, and the rule it repeats by. */
export class CreateSeriesDto extends OmitType(CreateMeetupDto, ['rsvpDeadline'] as const) {
  @ApiProperty({
    maxLength: 500,
    example: 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1',
    description:
      'RFC 5545 RRULE without DTSTART: FREQ WEEKLY or MONTHLY, INTERVAL, BYDAY, BYSETPOS, BYMONTHDAY, and UNTIL ' +
      '(a day in the meetup zone) or COUNT. Expanded in local time from startsAt, in timeZone.',
  })
  @IsString()
  @Length(4, 500)
  @SingleLine()
  rule: string;
}

/** What "this and all following" may change: the texts, the place, the seats, the local start time and length. */
export class UpdateFollowingDto extends PickType(CreateMeetupDto, [
  'title',
  'description',
  'venueName',
  'address',
  'onlineUrl',
  'capacity',
] as const) {
  @ApiPropertyOptional({ example: '19:30', description: 'Local start time in the series zone, HH:mm.' })
  @OptionalNotNull()
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day as HH:mm' })
  startTime?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 15, maximum: 1440 })
  @OptionalNotNull()
  @IsInt()
  @Min(15)
  @Max(1440)
  durationMinutes?: number;
}

export class CancelFollowingDto {
  @ApiProperty({ maxLength: 2000, description: 'Told to everyone going to the cancelled occurrences.' })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  message: string;
}

export class SeriesOccurrenceDto {
  @ApiProperty({ format: 'uuid' }) meetupId: string;
  @ApiProperty({ description: "The rule's instant for it, ISO 8601 with offset in the series zone." })
  occursAt: string;
}

export class SeriesDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The circle the series belongs to.' }) circleSlug: string;
  @ApiProperty({ example: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }) rule: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty({ example: '19:00', description: 'Local start time of its occurrences.' }) startTime: string;
  @ApiProperty({ type: 'integer' }) durationMinutes: number;
  @ApiProperty({ type: String, nullable: true, description: 'No occurrences from this instant on.' })
  endsBefore: string | null;
  @ApiProperty({ type: [SeriesOccurrenceDto], description: 'Occurrences made so far that are not over.' })
  occurrences: SeriesOccurrenceDto[];
}

/** The series a meetup is an occurrence of, as its page shows it. */
export class MeetupSeriesDto extends SeriesDto {
  @ApiProperty({ format: 'uuid', description: 'The meetup asked about.' }) meetupId: string;
  @ApiProperty({ description: "The meetup's own instant in the rule." }) occursAt: string;
}
