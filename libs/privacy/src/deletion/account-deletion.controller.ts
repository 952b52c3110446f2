import { Body, Controller, Delete, HttpCode } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { AccountDeletionService } from './account-deletion.service.js';
import { DeleteAccountDto } from './dto/delete-account.dto.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me' })
export class AccountDeletionController {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account and everything only it owned are gone.' })
  @ApiForbiddenResponse({ description: 'WRONG_PASSWORD' })
  @ApiConflictResponse({ description: 'ORGANISES_MEETUPS: hand them over or cancel them first' })
  async delete(@CurrentUser() user: AuthenticatedUser, @Body() body: DeleteAccountDto): Promise<void> {
    await this.deletion.deleteAccount(user.id, body.password);
  }
}
