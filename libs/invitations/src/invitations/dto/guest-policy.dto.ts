import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class GuestPolicyDto {
  @ApiProperty({
    description: 'Members (not only hosts) may invite their own contacts to this public meetup.',
  })
  @IsBoolean()
  membersMayInvite: boolean;
}
