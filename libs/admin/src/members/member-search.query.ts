import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, PageQuery, SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class MemberSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name or an e-mail address.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  @SingleLine()
  q?: string;
}
