import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, PageQuery, SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ProfileSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the handle, name or headline.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @SingleLine()
  q?: string;

  @ApiPropertyOptional({ description: 'Home city, regardless of case.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  @SingleLine()
  city?: string;

  @ApiPropertyOptional({ description: 'One topic tag.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  @SingleLine()
  topic?: string;
}
