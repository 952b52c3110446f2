import type { JobItem } from '@neuland/queue';
import type { ScheduledNotification } from './notification-ledger.service.js';

/** The delivery job of each ledger row: `notification-<ledgerId>`, delayed until the row is due. */
export const mailJobsFor = (notifications: readonly ScheduledNotification[]): JobItem[] =>
  notifications.map((notification) => ({
    name: 'send-notification',
    data: { notificationId: notification.id },
    dueAt: notification.dueAt,
  }));
