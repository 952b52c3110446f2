import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { MultiLine, OptionalNotNull, OptionalNullable, SingleLine, trim, trimLower } from '@neuland/http';
import { HANDLE_PATTERN } from '../handle-slug.js';
import { isReservedHandle } from '../reserved-handles.js';
import {
  ATTENDANCE_VISIBILITIES,
  type AttendanceVisibility,
  FOLLOW_LIST_VISIBILITIES,
  type FollowListVisibility,
  INTRODUCTIONS,
  type IntroductionsSetting,
  LANGUAGES,
  type Language,
  PROFILE_VISIBILITIES,
  type ProfileVisibility,
} from '../profile-settings.js';

const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

@ValidatorConstraint({ name: 'ianaTimeZone' })
class IsIanaTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || value.length > 64) return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value.includes('/') || value === 'UTC';
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return 'must be an IANA time zone such as Europe/Berlin';
  }
}

@ValidatorConstraint({ name: 'notReservedHandle' })
class IsNotReservedHandle implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value !== 'string' || !isReservedHandle(value);
  }

  defaultMessage(): string {
    return 'is reserved for the app itself: choose another handle';
  }
}

/** Everything a member may change on their profile; nothing else is accepted. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ example: 'silke-schroeder', description: 'Letters, digits and dashes; 2–40.' })
  @OptionalNotNull()
  @Transform(trimLower)
  @IsString()
  @Matches(HANDLE_PATTERN, { message: 'must be 2–40 lower-case letters, digits or dashes' })
  @Validate(IsNotReservedHandle)
  handle?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  @SingleLine()
  displayName?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @OptionalNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @SingleLine()
  headline?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @OptionalNullable()
  @IsString()
  @MaxLength(4000)
  @MultiLine()
  bio?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @OptionalNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  @SingleLine()
  homeCity?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'Tags as written ("HR"); one of several that differ only in case is kept.',
  })
  @OptionalNotNull()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? topicsAsWritten(value) : value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @SingleLine({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  topics?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES })
  @OptionalNotNull()
  @IsIn(LANGUAGES, oneOf(LANGUAGES))
  language?: Language;

  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @OptionalNotNull()
  @Validate(IsIanaTimeZone)
  timeZone?: string;

  @ApiPropertyOptional({ enum: PROFILE_VISIBILITIES })
  @OptionalNotNull()
  @IsIn(PROFILE_VISIBILITIES, oneOf(PROFILE_VISIBILITIES))
  profileVisibility?: ProfileVisibility;

  @ApiPropertyOptional({ enum: FOLLOW_LIST_VISIBILITIES })
  @OptionalNotNull()
  @IsIn(FOLLOW_LIST_VISIBILITIES, oneOf(FOLLOW_LIST_VISIBILITIES))
  followListVisibility?: FollowListVisibility;

  @ApiPropertyOptional({ enum: INTRODUCTIONS })
  @OptionalNotNull()
  @IsIn(INTRODUCTIONS, oneOf(INTRODUCTIONS))
  introductions?: IntroductionsSetting;

  @ApiPropertyOptional({ enum: ATTENDANCE_VISIBILITIES })
  @OptionalNotNull()
  @IsIn(ATTENDANCE_VISIBILITIES, oneOf(ATTENDANCE_VISIBILITIES))
  attendanceVisibility?: AttendanceVisibility;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  acceptsInvitations?: boolean;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  acceptsCoffeeOffers?: boolean;
}

/** Trimmed, in the case they were written in, each once whatever its case: ["HR", "hr "] → ["HR"]. */
function topicsAsWritten(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values
    .map((tag) => (typeof tag === 'string' ? tag.trim() : tag))
    .filter((tag) => {
      if (typeof tag !== 'string') return true;
      const key = tag.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
