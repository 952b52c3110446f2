import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import {
  NotificationPreferencesDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification-preferences.dto.js';
import { NotificationPreferences } from './notification-preferences.service.js';

/** Each member reads and changes only their own preferences: the user id comes from the token, never the URL. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/notifications' })
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  show(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesDto> {
    return this.preferences.preferencesOf(user.id);
  }

  @Patch()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() change: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.updatePreferences(user.id, change);
  }
}
