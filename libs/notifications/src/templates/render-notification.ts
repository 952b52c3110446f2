// Renders a ledger row for its recipient: HTML and text, in the recipient's language.
import { renderMail, type RenderedMail, type TemplateMail } from '@neuland/mail';
import type { MailContext } from '../delivery/mail-context.js';
import type { Recipient } from '../delivery/recipients.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import { type AccountMailKind, isAccountMailKind, type NotificationKind } from '../notification-kinds.js';
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

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What each account mail's template shows, from its ledger row's data. */
const ACCOUNT_MAIL_VALUES: Record<
  AccountMailKind,
  (data: NotificationData, appUrl: string) => TemplateMail['data']
> = {
  welcome: () => ({}),
  'verify-email': (data) => ({ verifyUrl: text(data.link) }),
  'password-reset': (data) => ({ resetUrl: text(data.link) }),
  'address-in-use': (_data, appUrl) => ({
    logInUrl: `${appUrl}/login`,
    resetUrl: `${appUrl}/password-reset`,
  }),
  'data-export-ready': (data) => ({
    dataUrl: text(data.dataUrl),
    calendarUrl: text(data.calendarUrl),
    expiresAt: text(data.expiresAt),
  }),
  'social-claim-dropped': (data) => ({ platform: text(data.platform), handle: text(data.handle) }),
};

export function renderNotification(
  kind: NotificationKind,
  recipient: Recipient,
  data: NotificationData,
  context: MailContext,
  appUrl: string,
  links: MailLinks = {},
): RenderedMail {
  const unsubscribeUrl = links.unsubscribePageUrl;
  if (isAccountMailKind(kind)) {
    const values = ACCOUNT_MAIL_VALUES[kind](data, appUrl);
    return renderMail(
      {
        template: kind,
        language: recipient.language,
        data: { displayName: recipient.displayName, ...values },
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
