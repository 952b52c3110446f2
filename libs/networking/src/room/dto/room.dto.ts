import { ApiProperty } from '@nestjs/swagger';

export class CountBandDto {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

/** The room in aggregate: never who knows whom (see room-bands.ts for the rule). */
export class RoomDto {
  @ApiProperty() goingCount: number;
  @ApiProperty({ description: 'Counts are shown from this many people going.' }) shownFrom: number;
  @ApiProperty({
    description: 'False below shownFrom: the room is too small to show counts without naming people.',
  })
  shown: boolean;
  @ApiProperty({
    type: CountBandDto,
    nullable: true,
    description: 'How many know at least one other person going, as a band.',
  })
  knowsSomeone: CountBandDto | null;
  @ApiProperty({
    type: CountBandDto,
    nullable: true,
    description: 'How many know nobody going yet, as a band.',
  })
  knowsNobody: CountBandDto | null;
}
