// Renders a ledger row for its recipient: HTML and text, in the recipient's language, one mail file per kind.
import type { RenderedMail } from '@neuland/mail';
import type { MailContext } from '../delivery/mail-context.js';
import type { Recipient } from '../delivery/recipients.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import { categoryOf, type NotificationKind } from '../notification-kinds.js';
import type { MailLinks } from './components/mail-frame.js';
import type { MailLanguage, MailT } from './mail-texts.js';
import { mailTexts } from './mail-texts.js';
import { addressInUseMail } from './mails/address-in-use.mail.js';
import { buddyPairedMail } from './mails/buddy-paired.mail.js';
import { circleNewMeetupMail, circleWeeklyDigestMail } from './mails/circle-new-meetup.mail.js';
import { coffeeOfferMail } from './mails/coffee-offer.mail.js';
import { dataExportReadyMail } from './mails/data-export-ready.mail.js';
import { introductionDigestMail } from './mails/introduction-digest.mail.js';
import { meetupCancelledMail } from './mails/meetup-cancelled.mail.js';
import { meetupInvitationMail } from './mails/meetup-invitation.mail.js';
import { meetupReminderMail } from './mails/meetup-reminder.mail.js';
import { meetingWishMutualMail } from './mails/meeting-wish-mutual.mail.js';
import { meetupUpdatedMail } from './mails/meetup-updated.mail.js';
import { metInPersonMail } from './mails/met-in-person.mail.js';
import { organiserRequestDecidedMail } from './mails/organiser-request-decided.mail.js';
import { passwordResetMail } from './mails/password-reset.mail.js';
import { reportResolvedMail } from './mails/report-resolved.mail.js';
import { rsvpConfirmedMail } from './mails/rsvp-confirmed.mail.js';
import { seatOfferedMail } from './mails/seat-offered.mail.js';
import { socialClaimDroppedMail } from './mails/social-claim-dropped.mail.js';
import { verifyEmailMail } from './mails/verify-email.mail.js';
import { waitlistPromotedMail } from './mails/waitlist-promoted.mail.js';
import { welcomeMail } from './mails/welcome.mail.js';
import { type Mail, renderMail } from './render-mail.js';

export type { MailLinks };

/** What a mail of any kind is made from: the reader, the ledger row's data, and what was read at send time. */
interface MailSource {
  name: string;
  language: MailLanguage;
  appUrl: string;
  data: NotificationData;
  context: MailContext;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Every kind has its mail: a kind added to NOTIFICATION_KINDS without one does not compile. */
const MAILS: Record<NotificationKind, (source: MailSource, t: MailT) => Mail> = {
  welcome: ({ name, appUrl }, t) => welcomeMail({ name, appUrl }, t),
  'verify-email': ({ name, data }, t) => verifyEmailMail({ name, verifyUrl: text(data.link) }, t),
  'password-reset': ({ name, data }, t) => passwordResetMail({ name, resetUrl: text(data.link) }, t),
  'address-in-use': ({ name, appUrl }, t) => addressInUseMail({ name, appUrl }, t),
  'data-export-ready': ({ name, language, data }, t) =>
    dataExportReadyMail(
      {
        name,
        language,
        dataUrl: text(data.dataUrl),
        calendarUrl: text(data.calendarUrl),
        expiresAt: new Date(text(data.expiresAt)),
      },
      t,
    ),
  'social-claim-dropped': ({ name, appUrl, data }, t) =>
    socialClaimDroppedMail({ name, appUrl, platform: text(data.platform), handle: text(data.handle) }, t),
  'organiser-request-decided': ({ name, appUrl, data }, t) =>
    organiserRequestDecidedMail({ name, appUrl, approved: data.decision === 'approved' }, t),
  'report-resolved': ({ name, appUrl, data }, t) =>
    reportResolvedMail(
      { name, appUrl, subjectKind: text(data.subjectKind), actionTaken: data.outcome === 'action_taken' },
      t,
    ),
  'introduction-digest': ({ name, context }, t) =>
    introductionDigestMail({ name, meetup: context.meetup!, people: context.people ?? [] }, t),
  'meetup-reminder': ({ name, context }, t) =>
    meetupReminderMail({ name, meetup: context.meetup!, checkInCode: context.checkInCode }, t),
  'meetup-cancelled': ({ name, context, data }, t) =>
    meetupCancelledMail({ name, meetup: context.meetup!, message: text(data.message) || undefined }, t),
  'meetup-updated': ({ name, context }, t) => meetupUpdatedMail({ name, meetup: context.meetup! }, t),
  'rsvp-confirmed': ({ name, context }, t) => rsvpConfirmedMail({ name, meetup: context.meetup! }, t),
  'waitlist-promoted': ({ name, context }, t) => waitlistPromotedMail({ name, meetup: context.meetup! }, t),
  'meetup-invitation': ({ name, language, context }, t) =>
    meetupInvitationMail({ name, language, meetup: context.meetup!, invitation: context.invitation! }, t),
  'coffee-offer': ({ name, language, context }, t) =>
    coffeeOfferMail({ name, language, offer: context.coffeeOffer! }, t),
  'seat-offered': ({ name, language, context }, t) =>
    seatOfferedMail({ name, language, meetup: context.meetup!, offer: context.seatOffer! }, t),
  'buddy-paired': ({ name, context }, t) =>
    buddyPairedMail(
      { name, meetup: context.meetup!, buddy: context.person!, role: context.buddyRole ?? 'welcome' },
      t,
    ),
  'meeting-wish-mutual': ({ name, context }, t) =>
    meetingWishMutualMail({ name, meetup: context.meetup!, person: context.person! }, t),
  'met-in-person': ({ name, context }, t) =>
    metInPersonMail(
      { name, meetup: context.meetup!, people: context.people ?? [], followAllUrl: context.followAllUrl! },
      t,
    ),
  'circle-new-meetup': ({ name, context }, t) =>
    circleNewMeetupMail({ name, circle: context.circle!, meetups: context.meetups ?? [] }, t),
  'circle-weekly-digest': ({ name, context }, t) =>
    circleWeeklyDigestMail({ name, circle: context.circle!, meetups: context.meetups ?? [] }, t),
};

export function renderNotification(
  kind: NotificationKind,
  recipient: Recipient,
  data: NotificationData,
  context: MailContext,
  appUrl: string,
  links: MailLinks = {},
): Promise<RenderedMail> {
  const { language } = recipient;
  return renderMail(mailOf(kind, recipient, data, context, appUrl), {
    language,
    appUrl,
    category: categoryOf(kind),
    links,
  });
}

/** The mail before it is drawn: its subject is known without drawing it. */
export function mailOf(
  kind: NotificationKind,
  recipient: Recipient,
  data: NotificationData,
  context: MailContext,
  appUrl: string,
): Mail {
  const { language } = recipient;
  const source = { name: recipient.displayName, language, appUrl, data, context };
  return MAILS[kind](source, mailTexts(language));
}
