import { ApiProperty } from '@nestjs/swagger';
import { ProfileSummaryDto } from '@neuland/profiles';

export class MeetingWishesDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The attendees you marked. Says nothing about whether they marked you.',
  })
  wishedUserIds: string[];

  @ApiProperty({
    type: [ProfileSummaryDto],
    description: 'People who marked you as you marked them: only both-sided wishes appear, to both.',
  })
  mutual: ProfileSummaryDto[];
}
