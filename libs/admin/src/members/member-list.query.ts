import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { AccountDto } from '@neuland/auth';
import { OptionalNotNull, PageDtoOf } from '@neuland/http';
import { IsBoolean } from 'class-validator';
import { MemberSearchQuery } from './member-search.query.js';

export class MemberListQuery extends MemberSearchQuery {
  @ApiPropertyOptional({ description: 'true: only suspended members (to lift a suspension).' })
  @OptionalNotNull()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  suspended?: boolean;
}

export class AccountPageDto extends PageDtoOf(AccountDto) {}
