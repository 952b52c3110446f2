// Renders a ledger row for its recipient: HTML and text, in the recipient's language.
import { renderMail, type RenderedMail } from '@neuland/mail';
import type { MailContext } from '../delivery/mail-context.js';
import type { Recipient } from '../delivery/recipient.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { NotificationKind } from '../notification-kinds.js';
import { renderCoffeeOfferMail, renderInvitationMail } from './invitation-mails.js';
import { renderMeetupMail } from './meetup-mails.js';

export function renderNotification(
  kind: NotificationKind,
  recipient: Recipient,
  data: NotificationData,
  context: MailContext,
  appUrl: string,
  unsubscribeUrl?: string,
): RenderedMail {
  if (kind === 'welcome') {
    return renderMail(
      {
        template: 'welcome',
        to: { address: recipient.email, name: recipient.displayName },
        language: recipient.language,
        data: { displayName: recipient.displayName },
      },
      appUrl,
    );
  }
  if (kind === 'meetup-invitation') {
    return renderInvitationMail({
      language: recipient.language,
      name: recipient.displayName,
      meetup: context.meetup!,
      invitation: context.invitation!,
      unsubscribeUrl,
    });
  }
  if (kind === 'coffee-offer') {
    return renderCoffeeOfferMail({
      language: recipient.language,
      name: recipient.displayName,
      offer: context.coffeeOffer!,
      unsubscribeUrl,
    });
  }
  return renderMeetupMail({
    kind,
    language: recipient.language,
    name: recipient.displayName,
    context,
    data,
    appUrl,
    unsubscribeUrl,
  });
}
