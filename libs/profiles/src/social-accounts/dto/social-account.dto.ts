import { ApiProperty } from '@nestjs/swagger';
import { SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { SOCIAL_PLATFORMS, type SocialPlatform } from '../social-handles.js';

export class SocialAccountDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SOCIAL_PLATFORMS })
  platform: SocialPlatform;

  @ApiProperty({ description: 'Normalised: `user@instance.tld`, `handle`, a LinkedIn slug, `host/path`.' })
  handle: string;

  @ApiProperty({ description: 'False until the member proved the account is theirs ("claimed").' })
  verified: boolean;
}

export class AddSocialAccountDto {
  @ApiProperty({ enum: SOCIAL_PLATFORMS })
  @IsIn(SOCIAL_PLATFORMS, { message: `must be one of ${SOCIAL_PLATFORMS.join(', ')}` })
  platform: SocialPlatform;

  @ApiProperty({
    example: '@sabine@mastodon.social',
    description: 'A handle or profile URL as people write it.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @SingleLine()
  handle: string;
}
