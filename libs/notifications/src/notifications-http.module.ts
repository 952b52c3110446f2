import { CirclesCoreModule } from '@neuland/circles';
import { Module } from '@nestjs/common';
import { NotificationsCoreModule } from './notifications-core.module.js';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller.js';
import { CircleUnsubscribeController } from './unsubscribe/circle-unsubscribe.controller.js';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller.js';

/** `GET/PATCH /api/v1/me/notifications` and one-click unsubscribe. */
@Module({
  // Circles: a circle's one-click link turns off that circle's announcements.
  imports: [NotificationsCoreModule, CirclesCoreModule],
  controllers: [NotificationPreferencesController, UnsubscribeController, CircleUnsubscribeController],
})
export class NotificationsHttpModule {}
