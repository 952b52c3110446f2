import { ApiProperty } from '@nestjs/swagger';
import { SingleLine } from '@neuland/http';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'silke@example.org' })
  @IsString()
  @MaxLength(254)
  @SingleLine()
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The `token` of the link in the mail.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'must be the token from the link' })
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  @SingleLine()
  newPassword: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  @SingleLine()
  newPassword: string;
}
