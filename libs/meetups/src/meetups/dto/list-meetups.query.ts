import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery, SingleLine } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListMeetupsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'Hamburg' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  city?: string;

  @ApiPropertyOptional({ example: 'career' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @SingleLine()
  topic?: string;

  @ApiPropertyOptional({ description: 'Meetups starting at or after this instant (default: now).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Meetups starting before this instant.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Words in the title or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  q?: string;

  @ApiPropertyOptional({ description: 'Only meetups that people you know online attend (needs a login).' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  known?: boolean;
}
