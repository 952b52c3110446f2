import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '@neuland/media';

export class PersonAccountDto {
  @ApiProperty({ example: 'mastodon' }) platform: string;
  @ApiProperty({ example: 'sabine@mastodon.social' }) handle: string;
}

export class HowYouKnowDto {
  @ApiProperty({
    enum: ['eachOther', 'youFollow', 'followsYou'],
    description:
      'eachOther: both follow on this network; followsYou only where you know each other mutually.',
  })
  way: 'eachOther' | 'youFollow' | 'followsYou';
  @ApiProperty({
    enum: ['here', 'mastodon', 'bluesky', 'x', 'linkedin', 'instagram', 'facebook'],
    description:
      '`here` for a follow on Neuland; otherwise the network of an import, through verified accounts only.',
  })
  network: 'here' | 'mastodon' | 'bluesky' | 'x' | 'linkedin' | 'instagram' | 'facebook';
}

export class PersonYouKnowDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: ImageDto, nullable: true }) photo: ImageDto | null;
  @ApiProperty({ description: 'You know each other online (both ways).' }) knowEachOther: boolean;
  @ApiProperty({ description: 'The only match is a social account its holder has not verified.' })
  claimed: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The first line of their bio.' }) bioLine:
    string | null;
  @ApiProperty({ type: [PersonAccountDto], description: 'Their accounts elsewhere, as on their profile.' })
  accounts: PersonAccountDto[];
  @ApiProperty({ type: [String], description: 'Their topics that you have too, as they wrote them.' })
  sharedTopics: string[];
  @ApiProperty({
    description: 'They are told about you too: only then may the page say they know you are coming.',
  })
  knowsYouAreComing: boolean;
  @ApiProperty({
    type: [HowYouKnowDto],
    description:
      'How you know each other, as far as the introduction rule lets you learn it; empty: say it generally.',
  })
  howYouKnow: HowYouKnowDto[];
}

export class PeopleYouKnowDto {
  @ApiProperty({ description: 'Only people going (not waitlisted) are told who else is going.' })
  viewerIsGoing: boolean;

  @ApiProperty({ type: [PersonYouKnowDto], description: 'People you know online first, then by name.' })
  items: PersonYouKnowDto[];
}
