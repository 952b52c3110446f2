import { ApiProperty } from '@nestjs/swagger';
import { ProfileSummaryDto } from '@neuland/profiles';
import { IsIn } from 'class-validator';

export const BUDDY_CHOICES = ['none', 'be_welcomed', 'welcome'] as const;
export type BuddyChoice = (typeof BUDDY_CHOICES)[number];

export class ChooseBuddyDto {
  @ApiProperty({
    enum: BUDDY_CHOICES,
    description: '`be_welcomed`: "I\'d like someone to say hello to me"; `welcome`: "I\'ll welcome someone".',
  })
  @IsIn(BUDDY_CHOICES, { message: `must be one of ${BUDDY_CHOICES.join(', ')}` })
  choice: BuddyChoice;
}

export class BuddyDto {
  @ApiProperty({ enum: BUDDY_CHOICES })
  choice: BuddyChoice;

  @ApiProperty({ description: 'The worker has paired the buddies of this meetup; the choice is final.' })
  paired: boolean;

  @ApiProperty({
    type: ProfileSummaryDto,
    nullable: true,
    description: 'Whom you were paired with; null before the pairing or when nobody matched.',
  })
  buddy: ProfileSummaryDto | null;
}
