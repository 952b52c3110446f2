import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '@neuland/media';

export class CirclePersonYouKnowDto {
  @ApiProperty() userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: ImageDto, nullable: true }) photo: ImageDto | null;
  @ApiProperty({ description: 'You know each other online (both ways).' }) knowEachOther: boolean;
}

export class CirclePeopleYouKnowDto {
  @ApiProperty({ description: 'How many members you may be told about.' }) count: number;
  @ApiProperty({
    type: [CirclePersonYouKnowDto],
    description: 'Up to 12 of them, those you know both ways first.',
  })
  items: CirclePersonYouKnowDto[];
}
