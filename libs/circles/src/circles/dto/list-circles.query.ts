import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, PageQuery, SingleLine } from '@neuland/http';
import { IsString, MaxLength } from 'class-validator';

export class ListCirclesQuery extends PageQuery {
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
}
