import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { jobId, type NotificationMailJob, QUEUES } from '@neuland/queue';
import type { JobsOptions, Queue } from 'bullmq';
import { Clock } from '@neuland/config';
import type { ScheduledNotification } from './notification-ledger.service.js';

/** Transient SMTP trouble is retried 1 s, 2 s, 4 s … ~8.5 min in all; the sweeper retries beyond that. */
export const MAIL_DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
};

export const notificationJobId = (notificationId: string) => jobId('notification', notificationId);

/** Puts ledger rows on the mail queue, each as the job `notification-<ledgerId>`, delayed until due. */
@Injectable()
export class NotificationMailQueue {
  constructor(
    @InjectQueue(QUEUES.notificationMail) readonly queue: Queue<NotificationMailJob>,
    private readonly clock: Clock,
  ) {}

  async enqueue(notifications: ScheduledNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      notifications.map((notification) => ({
        name: 'send',
        data: { notificationId: notification.id },
        opts: {
          ...MAIL_DELIVERY_JOB_OPTIONS,
          jobId: notificationJobId(notification.id),
          delay: Math.max(0, notification.dueAt.getTime() - now),
        },
      })),
    );
  }
}
