// No mail goes to a suspended member: the mails planned for them are skipped with the suspension, and the sender
// skips whatever is planned while it lasts (NotificationSender checks again at send time). Skipped stays skipped
// when the suspension is lifted: a reminder or an invitation of back then is no longer news.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SuspensionHooks } from '@neuland/auth';
import type { EntityManager } from 'typeorm';
import { DATA_WITHOUT_SECRETS } from './notification.entity.js';

@Injectable()
export class SuspendedMembersMail implements OnModuleInit {
  constructor(private readonly suspensionHooks: SuspensionHooks) {}

  onModuleInit(): void {
    this.suspensionHooks.register({
      suspended: (transaction, userId) => this.cancelPlanned(transaction, userId),
    });
  }

  private async cancelPlanned(transaction: EntityManager, userId: string): Promise<void> {
    await transaction.query(
      `UPDATE notification SET status = 'skipped', last_error = 'recipient is suspended',
              data = ${DATA_WITHOUT_SECRETS}
        WHERE recipient_id = $1 AND status = 'pending'`,
      [userId],
    );
  }
}
