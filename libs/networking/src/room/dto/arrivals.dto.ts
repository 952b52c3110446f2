import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '@neuland/media';

/** Someone here whom an arriving attendee knows online, as far as the introduction rule lets both sides know. */
export class PersonHereDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: ImageDto, nullable: true }) photo: ImageDto | null;
}

export class ArrivalDto extends PersonHereDto {
  @ApiProperty({ description: 'When they were checked in, in the meetup’s time zone.' }) checkedInAt: string;
  @ApiProperty({
    type: [PersonHereDto],
    description: 'People already checked in whom they know online and may be introduced to (both ways).',
  })
  knowsHere: PersonHereDto[];
  @ApiProperty({ description: 'Knows nobody checked in yet: the hosts may welcome them and introduce them.' })
  knowsNobodyHereYet: boolean;
}

export class ArrivalsDto {
  @ApiProperty({ description: 'Everyone checked in so far.' }) checkedInCount: number;
  @ApiProperty({ description: 'Seconds after which the door screen asks again.' }) refreshSeconds: number;
  @ApiProperty({ type: [ArrivalDto], description: 'The latest arrivals, latest first.' }) items: ArrivalDto[];
}
