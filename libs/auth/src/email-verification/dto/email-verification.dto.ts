import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { SingleLine } from '@neuland/http';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class VerifyEmailDto {
  @ApiProperty({ description: 'The `token` of the link in the mail.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'must be the token from the link' })
  token: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'silke@example.org' })
  @Transform(trim)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  currentPassword: string;
}

export class VerificationLinkRequestDto {
  @ApiProperty({ example: 'silke@example.org' })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @SingleLine()
  email: string;
}

export class AcceptedDto {
  @ApiProperty()
  message: string;
}
