import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull } from '@neuland/http';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class MeetupCitiesQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}

export class MeetupCityDto {
  @ApiProperty({ example: 'Hamburg', description: 'As most of its meetups spell it.' }) city: string;
  @ApiProperty({ description: 'Upcoming published public meetups there.' }) upcomingCount: number;
}

export class MeetupCitiesDto {
  @ApiProperty({ type: [MeetupCityDto], description: 'Most meetups first, then the soonest.' })
  items: MeetupCityDto[];
}
