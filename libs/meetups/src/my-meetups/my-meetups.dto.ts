import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, PageDtoOf, PageQuery } from '@neuland/http';
import { IsIn } from 'class-validator';
import { MeetupListItemDto } from '../meetups/dto/meetup.dto.js';
import { MEETUP_STATUSES, type MeetupStatus } from '../meetups/meetup-states.js';

export const MY_MEETUP_SECTIONS = ['going', 'waitlisted', 'hosting'] as const;
export type MyMeetupSection = (typeof MY_MEETUP_SECTIONS)[number];

export class MyMeetupsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MY_MEETUP_SECTIONS, description: 'Only this section (default: all three).' })
  @OptionalNotNull()
  @IsIn(MY_MEETUP_SECTIONS, { message: `section must be one of: ${MY_MEETUP_SECTIONS.join(', ')}` })
  section?: MyMeetupSection;
}

export class MyMeetupDto extends MeetupListItemDto {
  @ApiProperty({
    enum: MY_MEETUP_SECTIONS,
    description: 'Hosting (organiser or co-host) wins over an RSVP of the same member.',
  })
  section: MyMeetupSection;

  @ApiProperty({ enum: MEETUP_STATUSES, description: 'Drafts appear to their hosts only.' })
  status: MeetupStatus;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: '1 = next to be promoted; null unless waitlisted.',
  })
  waitlistPosition: number | null;
}

export class MyMeetupPageDto extends PageDtoOf(MyMeetupDto) {}
