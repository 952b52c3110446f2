// A request to prove a social account as the API answers it, and the list of them.
import { ApiProperty } from '@nestjs/swagger';

export class SocialProofDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'mastodon' }) platform: string;
  @ApiProperty({ example: 'sabine@mastodon.social' }) handle: string;
  @ApiProperty({ enum: ['pending', 'verified', 'failed'] }) status: 'pending' | 'verified' | 'failed';
  @ApiProperty({ nullable: true, type: String, description: 'Why the last check failed.' }) reason:
    string | null;
  @ApiProperty({ description: 'For Bluesky: put this into the profile description.' }) code: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'For the fediverse and websites: link here with rel="me".',
  })
  profileUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedAt: string | null;
}

export class SocialProofListDto {
  @ApiProperty({ type: [SocialProofDto] }) items: SocialProofDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Always null: one page holds them all.' })
  nextCursor: null;
}
