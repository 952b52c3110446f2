import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class AnswerInvitationDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The meetup the invitation link was opened on; a token for another meetup is refused (404).',
  })
  @IsOptional()
  @IsUUID()
  meetupId?: string;
}
