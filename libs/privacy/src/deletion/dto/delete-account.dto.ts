import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({ description: 'The current password: deleting cannot be undone.' })
  @IsString()
  @MaxLength(200)
  password: string;
}
