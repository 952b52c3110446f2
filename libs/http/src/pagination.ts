import { BadRequestException } from '@nestjs/common';
import { type Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `?limit=&cursor=` for every list: default 20, at most 100. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The documented body of a page of `item`s, for `@ApiOkResponse`: `class TripPageDto extends PageDtoOf(TripDto) {}`
 * (the subclass's name is the schema's name in the OpenAPI document).
 */
export function PageDtoOf<T>(item: ClassType<T>): ClassType<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  }
  return PageDto;
}

/** Cursors are opaque to clients: base64url of the sort key of the last item. */
export const encodeCursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(cursor: string | undefined): unknown[] | undefined {
  if (!cursor) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key)) {
    throw new BadRequestException({
      error: 'INVALID_CURSOR',
      message: 'The cursor is not one this API handed out.',
    });
  }
  return key;
}
