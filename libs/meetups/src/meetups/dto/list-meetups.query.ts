import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant, OptionalNotNull, PageQuery, SingleLine } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

export class ListMeetupsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'Hamburg' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  city?: string;

  @ApiPropertyOptional({ example: 'career' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(50)
  @SingleLine()
  topic?: string;

  @ApiPropertyOptional({ description: 'Meetups starting at or after this instant (default: now).' })
  @OptionalNotNull()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Meetups starting before this instant.' })
  @OptionalNotNull()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ description: 'Words in the title or description.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  q?: string;

  @ApiPropertyOptional({ description: 'Only meetups that people you know online attend (needs a login).' })
  @OptionalNotNull()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  known?: boolean;
}
