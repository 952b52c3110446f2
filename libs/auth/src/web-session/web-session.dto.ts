import { ApiProperty } from '@nestjs/swagger';
import { AccountDto } from '../dto/access-token.dto.js';

export class WebSessionDto {
  @ApiProperty({ type: AccountDto })
  account: AccountDto;

  @ApiProperty({
    description:
      'Send as the X-CSRF-Token header on every state-changing request (also in the neuland_csrf cookie).',
  })
  csrfToken: string;
}
