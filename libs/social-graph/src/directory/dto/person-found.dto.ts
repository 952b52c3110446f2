// A person as people search finds them: their summary, a line of their bio, and whether the caller follows them.
import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '@neuland/http';
import { ProfileSummaryDto } from '@neuland/profiles';

export class PersonFoundDto extends ProfileSummaryDto {
  @ApiProperty({ type: String, nullable: true, description: 'The first line of their bio, shortened.' })
  bioLine: string | null;

  @ApiProperty({ description: 'The caller follows them (always false for someone not logged in).' })
  followedByYou: boolean;
}

export class PersonFoundPageDto extends PageDtoOf(PersonFoundDto) {}
