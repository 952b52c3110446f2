// Renders a ledger row for its recipient: HTML and text, in the recipient's language.
import { renderMail, type RenderedMail } from '@neuland/mail';
import type { Recipient } from '../delivery/recipient.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { NotificationKind } from '../notification-kinds.js';

export function renderNotification(
  kind: NotificationKind,
  recipient: Recipient,
  data: NotificationData,
  appUrl: string,
): RenderedMail {
  switch (kind) {
    case 'welcome':
      return renderMail(
        {
          template: 'welcome',
          to: { address: recipient.email, name: recipient.displayName },
          language: recipient.language,
          data: { ...data, displayName: recipient.displayName },
        },
        appUrl,
      );
  }
}
