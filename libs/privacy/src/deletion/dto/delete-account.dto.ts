import { ApiProperty } from '@nestjs/swagger';
import { SingleLine } from '@neuland/http';
import { IsString, MaxLength } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({ description: 'The current password: deleting cannot be undone.' })
  @IsString()
  @MaxLength(200)
  @SingleLine()
  password: string;
}
