import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull } from '@neuland/http';
import { IsUUID } from 'class-validator';

export class AnswerInvitationDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The meetup the invitation link was opened on; a token for another meetup is refused (404).',
  })
  @OptionalNotNull()
  @IsUUID()
  meetupId?: string;
}
