import { ApiProperty } from '@nestjs/swagger';
import { ProfileSummaryDto } from '@neuland/profiles';

export class WeMetDto {
  @ApiProperty({ description: 'You are checked in: only then can you confirm whom you met.' })
  checkedIn: boolean;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The attendees you confirmed meeting. Says nothing about whether they confirmed you.',
  })
  confirmedUserIds: string[];

  @ApiProperty({
    type: [ProfileSummaryDto],
    description: 'People you met in person: both of you confirmed it.',
  })
  metInPerson: ProfileSummaryDto[];
}

export class FollowedAllDto {
  @ApiProperty({ description: 'How many of the people you met you follow now (newly or already).' })
  following: number;
}

export class NetworkingOutcomeDto {
  @ApiProperty({ description: 'Attendees who met at least one other in person (both confirmed).' })
  peopleWhoMet: number;

  @ApiProperty({ description: 'Pairs who both confirmed they met in person.' })
  metInPersonPairs: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Of those, pairs who knew each other only online before (by the introduction rule). null below five pairs, ' +
      'where the number could name a tie.',
  })
  knewOnlineAndMetPairs: number | null;
}
