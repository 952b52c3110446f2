// What the web app's "never invite me again" page reads and sends: one address, named by a signed link.
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { OPT_OUT_LANGUAGES, type OptOutLanguage } from '../invitation-opt-out-token.js';

export class InvitationOptOutDto {
  @ApiProperty({ description: 'Whether the address gets no more invitations.' })
  optedOut: boolean;

  @ApiProperty({ enum: OPT_OUT_LANGUAGES, description: 'The language of the mail the link came in.' })
  language: OptOutLanguage;
}

export class ChangeInvitationOptOutDto {
  @ApiProperty({ description: 'true: never invite this address again; false: undo that.' })
  @IsBoolean({ message: 'must be true or false' })
  optedOut: boolean;
}
