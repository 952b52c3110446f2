import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CancelMeetupDto {
  @ApiProperty({ description: 'Told to everybody who RSVPed.', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  message: string;
}
