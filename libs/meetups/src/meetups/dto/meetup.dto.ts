import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '@neuland/http';
import { ImageDto } from '@neuland/media';
import { ProfileSummaryDto } from '@neuland/profiles';
import { RSVP_STATUSES, type RsvpStatus } from '../../rsvps/rsvp-statuses.js';
import {
  MEETUP_STATUSES,
  MEETUP_VISIBILITIES,
  type MeetupStatus,
  type MeetupVisibility,
} from '../meetup-states.js';

export class MyRsvpDto {
  @ApiProperty({ enum: RSVP_STATUSES })
  status: RsvpStatus;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: '1 = next to be promoted; null unless waitlisted.',
  })
  waitlistPosition: number | null;

  @ApiProperty()
  attendsVisibly: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'Shown at the door; only while going.' })
  checkInCode: string | null;

  @ApiProperty({ nullable: true, type: String })
  checkedInAt: string | null;
}

export class MeetupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown source.' }) description: string;
  @ApiProperty({ description: 'Rendered and sanitised HTML.' }) descriptionHtml: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty() city: string;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl: string | null;
  @ApiProperty({ example: '2026-12-03T18:30:00+01:00' }) startsAt: string;
  @ApiProperty({ example: '2026-12-03T21:00:00+01:00' }) endsAt: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty({ nullable: true, type: Number }) capacity: number | null;
  @ApiProperty({ enum: MEETUP_VISIBILITIES }) visibility: MeetupVisibility;
  @ApiProperty({ enum: MEETUP_STATUSES }) status: MeetupStatus;
  @ApiProperty({ nullable: true, type: String }) rsvpDeadline: string | null;
  @ApiProperty({ description: 'Seats of the capacity kept for people who know nobody going.' })
  newcomerSeats: number;
  @ApiProperty({ description: 'The newcomer seats are still kept (false once they opened to everyone).' })
  newcomerSeatsKept: boolean;
  @ApiProperty({ nullable: true, type: ImageDto }) cover: ImageDto | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organiserId: string | null;
  @ApiProperty({ nullable: true, type: ProfileSummaryDto, description: 'Who hosts it: the host line.' })
  organiser: ProfileSummaryDto | null;
  @ApiProperty() goingCount: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null = unlimited.' }) spotsLeft: number | null;
  @ApiProperty() waitlistCount: number;
  @ApiProperty() checkedInCount: number;
  @ApiProperty({ description: 'iCalendar SEQUENCE: rises with every change.' }) sequence: number;
  @ApiProperty({ nullable: true, type: String }) cancellationMessage: string | null;
  @ApiProperty({ description: 'The caller organises, co-hosts or administers it.' }) viewerIsHost: boolean;
  @ApiProperty({ nullable: true, type: MyRsvpDto }) myRsvp: MyRsvpDto | null;
  @ApiPropertyOptional({ type: [String], description: 'Hosts only.' }) coHostIds?: string[];
  @ApiPropertyOptional({ description: 'Hosts only: show it at the venue for self check-in.' })
  venueCheckInCode?: string;
}

export class MeetupSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty() city: string;
  @ApiProperty({ nullable: true, type: String }) venueName: string | null;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ nullable: true, type: Number }) capacity: number | null;
  @ApiProperty() goingCount: number;
  @ApiProperty({ nullable: true, type: ImageDto }) cover: ImageDto | null;
}

/** One face of a card's avatar stack: someone going who shows their attendance, on a profile the caller may see. */
export class GoingFaceDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: ImageDto }) photo: ImageDto | null;
}

export class MeetupListItemDto extends MeetupSummaryDto {
  @ApiProperty({
    type: [GoingFaceDto],
    description:
      'Up to 5 of the people going, first to answer first: only those who show their attendance (as on the ' +
      'attendee list) and whose profiles the caller may see.',
  })
  goingFaces: GoingFaceDto[];

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'How many people the caller knows online are going, visibly and by the introduction rule; null for guests.',
  })
  knownGoingCount: number | null;
}

export class MeetupPageDto extends PageDtoOf(MeetupListItemDto) {}
