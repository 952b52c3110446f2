import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ProfileSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the handle, name or headline.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Home city, regardless of case.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ description: 'One topic tag.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  topic?: string;
}
