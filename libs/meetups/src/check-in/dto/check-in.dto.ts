import { ApiProperty } from '@nestjs/swagger';
import { SingleLine } from '@neuland/http';
import { IsString, Length } from 'class-validator';

export class HostCheckInDto {
  @ApiProperty({ description: "The attendee's personal check-in code (from their screen or QR code)." })
  @IsString()
  @Length(4, 32)
  @SingleLine()
  code: string;
}

export class SelfCheckInDto {
  @ApiProperty({ description: 'The code the hosts show at the venue.' })
  @IsString()
  @Length(4, 32)
  @SingleLine()
  venueCode: string;
}

export class CheckInDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() checkedInAt: string;
  @ApiProperty({ description: 'The attendee had been checked in before.' }) alreadyCheckedIn: boolean;
  @ApiProperty() checkedInCount: number;
}
