// Exactly the fields an organiser writes on a circle; members, counts and roles change only through their routes.
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { MultiLine, OptionalNotNull, OptionalNullable, SingleLine, trim, trimLower } from '@neuland/http';
import { HANDLE_PATTERN, isReservedHandle } from '@neuland/profiles';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsString,
  Length,
  Matches,
  MaxLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  CIRCLE_JOIN_POLICIES,
  CIRCLE_VISIBILITIES,
  type CircleJoinPolicy,
  type CircleVisibility,
} from '../circle-states.js';

@ValidatorConstraint({ name: 'notReservedSlug' })
class IsNotReservedSlug implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value !== 'string' || !isReservedHandle(value);
  }

  defaultMessage(): string {
    return 'is reserved for the app itself: choose another address';
  }
}

export class CreateCircleDto {
  @ApiProperty({ maxLength: 100, example: 'Karriereexperten Hamburg' })
  @Transform(trim)
  @IsString()
  @Length(3, 100)
  @SingleLine()
  name: string;

  @ApiPropertyOptional({
    example: 'karriereexperten-hamburg',
    description: 'The address /c/<slug>; made from the name when left out. Letters, digits and dashes; 2–40.',
  })
  @OptionalNotNull()
  @Transform(trimLower)
  @IsString()
  @Matches(HANDLE_PATTERN, { message: 'must be 2–40 lower-case letters, digits or dashes' })
  @Validate(IsNotReservedSlug)
  slug?: string;

  @ApiPropertyOptional({
    description: 'Markdown; HTML is not allowed and is shown as text.',
    maxLength: 20000,
  })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20000)
  @MultiLine()
  description?: string;

  @ApiProperty({ maxLength: 100, example: 'Hamburg' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  @SingleLine()
  city: string;

  @ApiPropertyOptional({ type: [String], maxItems: 10, example: ['career', 'ux'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @SingleLine({ each: true })
  topics?: string[];

  @ApiPropertyOptional({ enum: CIRCLE_VISIBILITIES, default: 'public' })
  @OptionalNotNull()
  @IsIn(CIRCLE_VISIBILITIES)
  visibility?: CircleVisibility;

  @ApiPropertyOptional({ enum: CIRCLE_JOIN_POLICIES, default: 'open' })
  @OptionalNotNull()
  @IsIn(CIRCLE_JOIN_POLICIES)
  joinPolicy?: CircleJoinPolicy;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 300,
    description: 'Asked of people who request to join a circle that needs approval.',
  })
  @OptionalNullable()
  @IsString()
  @MaxLength(300)
  @SingleLine()
  joinQuestion?: string | null;
}

/** Any subset of the writable fields; absent fields stay as they are, and only nullable ones may be null. */
export class UpdateCircleDto extends PartialType(CreateCircleDto, { skipNullProperties: false }) {}
