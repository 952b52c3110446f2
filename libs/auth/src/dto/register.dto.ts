import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { OptionalNotNull, SingleLine } from '@neuland/http';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'silke@example.org' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  @SingleLine()
  password: string;

  @ApiProperty({ example: 'Silke Schröder' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(100)
  @SingleLine()
  displayName: string;

  @ApiPropertyOptional({
    enum: ['de', 'en'],
    default: 'de',
    description: 'The language of the mails and of the profile.',
  })
  @OptionalNotNull()
  @IsIn(['de', 'en'], { message: 'must be de or en' })
  language?: 'de' | 'en';
}
