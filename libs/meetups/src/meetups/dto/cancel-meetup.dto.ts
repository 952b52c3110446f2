import { ApiProperty } from '@nestjs/swagger';
import { MultiLine } from '@neuland/http';
import { IsString, Length } from 'class-validator';

export class CancelMeetupDto {
  @ApiProperty({ description: 'Told to everybody who RSVPed.', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @MultiLine()
  message: string;
}
