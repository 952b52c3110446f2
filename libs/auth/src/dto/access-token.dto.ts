import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../roles.js';

export class AccessTokenDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires.' })
  expiresIn: number;
}

export class AccountDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ description: 'False until the link of the sign-up mail was opened.' })
  emailVerified: boolean;

  @ApiProperty({ description: 'True while an admin has suspended the account.' })
  suspended: boolean;

  @ApiProperty()
  createdAt: string;
}
