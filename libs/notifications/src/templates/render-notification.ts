// Renders a ledger row for its recipient: HTML and text, in the recipient's language.
import { renderMail, type RenderedMail } from '@neuland/mail';
import type { MailContext } from '../delivery/mail-context.js';
import type { Recipient } from '../delivery/recipient.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { NotificationKind } from '../notification-kinds.js';
import { renderCoffeeOfferMail, renderInvitationMail } from './invitation-mails.js';
import { renderMeetupMail } from './meetup-mails.js';

/** A mail's ways out (see NotificationSender): the header's one-click URL and the page its body links to. */
export interface MailLinks {
  oneClickUrl?: string;
  /** A member's: turns the mail's category off. */
  unsubscribePageUrl?: string;
  /** An address's (someone not on Neuland): never invite me to Neuland again. */
  neverInvitePageUrl?: string;
}

export function renderNotification(
  kind: NotificationKind,
  recipient: Recipient,
  data: NotificationData,
  context: MailContext,
  appUrl: string,
  links: MailLinks = {},
): RenderedMail {
  const unsubscribeUrl = links.unsubscribePageUrl;
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
      neverInviteUrl: links.neverInvitePageUrl,
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
