import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CIRCLE_ANNOUNCEMENTS, type CircleAnnouncements } from '../circle-announcements.js';

export class CircleAnnouncementsDto {
  @ApiProperty({
    enum: CIRCLE_ANNOUNCEMENTS,
    description:
      'How you hear of new meetups: a mail for each (at most one a day), a weekly digest, or none. Default: every_meetup.',
  })
  @IsIn(CIRCLE_ANNOUNCEMENTS)
  announcements: CircleAnnouncements;
}
