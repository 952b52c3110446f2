import { Module } from '@nestjs/common';
import { NotificationsCoreModule } from './notifications-core.module.js';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller.js';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller.js';

/** `GET/PATCH /api/v1/me/notifications` and one-click unsubscribe. */
@Module({
  imports: [NotificationsCoreModule],
  controllers: [NotificationPreferencesController, UnsubscribeController],
})
export class NotificationsHttpModule {}
