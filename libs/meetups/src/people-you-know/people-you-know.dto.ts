import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '@neuland/media';

export class PersonYouKnowDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: ImageDto, nullable: true }) photo: ImageDto | null;
  @ApiProperty({ description: 'You know each other online (both ways).' }) knowEachOther: boolean;
  @ApiProperty({ description: 'The only match is a social account its holder has not verified.' })
  claimed: boolean;
}

export class PeopleYouKnowDto {
  @ApiProperty({ description: 'Only people going (not waitlisted) are told who else is going.' })
  viewerIsGoing: boolean;

  @ApiProperty({ type: [PersonYouKnowDto], description: 'People you know online first, then by name.' })
  items: PersonYouKnowDto[];
}
