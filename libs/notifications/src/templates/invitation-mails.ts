// The invitation and coffee-offer mails in German and English: HTML and plain text. Every value from a person
// (names, titles, the personal message, the note) is escaped in HTML and never reaches a header unfolded.
import { escapeHtml, htmlLayout, type RenderedMail } from '@neuland/mail';
import type { CoffeeOfferFacts, InvitationFacts, MeetupFacts } from '../delivery/mail-context.js';
import { localTime, place } from './meetup-mails.js';

type Language = 'de' | 'en';

const WORDS = {
  de: {
    hello: (name: string) => (name ? `Hallo ${name},` : 'Hallo,'),
    invitationSubject: (inviter: string, title: string) => `${inviter} lädt Dich ein: ${title}`,
    invites: (inviter: string) => `${inviter} lädt Dich zu diesem Treffen ein:`,
    when: 'Wann',
    where: 'Wo',
    accept: 'Einladung annehmen',
    decline: 'Absagen',
    validUntil: 'Die Einladung gilt bis',
    coffeeSubject: (traveller: string, city: string) => `${traveller} kommt nach ${city}: auf einen Kaffee?`,
    visits: (traveller: string, city: string, dates: string) =>
      `${traveller} ist ${dates} in ${city} und würde Dich gern auf einen Kaffee treffen.`,
    imIn: 'Ich bin dabei',
    unsubscribe: 'Einladungen abbestellen',
    neverInvite: 'Mich nie wieder zu Neuland einladen',
  },
  en: {
    hello: (name: string) => (name ? `Hi ${name},` : 'Hi,'),
    invitationSubject: (inviter: string, title: string) => `${inviter} invites you: ${title}`,
    invites: (inviter: string) => `${inviter} invites you to this meetup:`,
    when: 'When',
    where: 'Where',
    accept: 'Accept the invitation',
    decline: 'Decline',
    validUntil: 'The invitation is valid until',
    coffeeSubject: (traveller: string, city: string) => `${traveller} is coming to ${city}: coffee?`,
    visits: (traveller: string, city: string, dates: string) =>
      `${traveller} is in ${city} ${dates} and would like to meet you for a coffee.`,
    imIn: "I'm in",
    unsubscribe: 'Unsubscribe from invitations',
    neverInvite: 'Never invite me to Neuland again',
  },
} as const;

const locale = (language: Language) => (language === 'de' ? 'de-DE' : 'en-GB');

/** `YYYY-MM-DD` calendar dates, shown as dates without a time zone shift. */
const calendarDate = (day: string, language: Language) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

const dateRange = (startsOn: string, endsOn: string, language: Language) => {
  const from = calendarDate(startsOn, language);
  if (startsOn === endsOn) return language === 'de' ? `am ${from}` : `on ${from}`;
  const to = calendarDate(endsOn, language);
  return language === 'de' ? `vom ${from} bis ${to}` : `from ${from} to ${to}`;
};

/** Names and titles are typed by people: a subject stays one line whatever they contain. */
const oneLine = (value: string) =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

const button = (url: string, label: string) =>
  `<a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:#1d1d1b;color:#ffffff;text-decoration:none">${escapeHtml(label)}</a>`;

const footerOf = (language: Language, unsubscribeUrl?: string) =>
  unsubscribeUrl
    ? `<a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(WORDS[language].unsubscribe)}</a>`
    : '';

export interface InvitationMailInput {
  language: Language;
  name: string;
  meetup: MeetupFacts;
  invitation: InvitationFacts;
  /** A member's link: no more invitation mails. */
  unsubscribeUrl?: string;
  /** An address's link (someone not on Neuland): never invite me to Neuland again. */
  neverInviteUrl?: string;
}

export function renderInvitationMail(input: InvitationMailInput): RenderedMail {
  const { language, name, meetup, invitation, unsubscribeUrl, neverInviteUrl } = input;
  const w = WORDS[language];
  const subject = oneLine(w.invitationSubject(invitation.inviterName, meetup.title));
  const when = `${localTime(meetup, language)} (${meetup.timeZone})`;
  const where = place(meetup);
  const validUntil = new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: meetup.timeZone,
  }).format(invitation.expiresAt);

  const lines = [w.hello(name), '', w.invites(invitation.inviterName), ''];
  const html = [`<p>${escapeHtml(w.hello(name))}</p><p>${escapeHtml(w.invites(invitation.inviterName))}</p>`];
  if (invitation.personalMessage) {
    lines.push(invitation.personalMessage, '');
    html.push(
      `<blockquote style="white-space:pre-line">${escapeHtml(invitation.personalMessage)}</blockquote>`,
    );
  }
  lines.push(meetup.title, `${w.when}: ${when}`, `${w.where}: ${where}`, '');
  lines.push(`${w.accept}: ${invitation.acceptUrl}`, `${w.decline}: ${invitation.declineUrl}`, '');
  lines.push(`${w.validUntil} ${validUntil}.`);
  html.push(
    `<h2 style="font-size:18px">${escapeHtml(meetup.title)}</h2><p>${escapeHtml(w.when)}: ${escapeHtml(when)}<br>${escapeHtml(w.where)}: ${escapeHtml(where)}</p>`,
    `<p>${button(invitation.acceptUrl, w.accept)} &nbsp; <a href="${escapeHtml(invitation.declineUrl)}">${escapeHtml(w.decline)}</a></p>`,
    `<p>${escapeHtml(`${w.validUntil} ${validUntil}.`)}</p>`,
  );
  if (unsubscribeUrl) lines.push('', `${w.unsubscribe}: ${unsubscribeUrl}`);
  if (neverInviteUrl) lines.push('', `${w.neverInvite}: ${neverInviteUrl}`);
  const footer = neverInviteUrl
    ? `<a href="${escapeHtml(neverInviteUrl)}">${escapeHtml(w.neverInvite)}</a>`
    : footerOf(language, unsubscribeUrl);
  return {
    subject,
    text: `${lines.join('\n')}\n`,
    html: htmlLayout(subject, html.join('\n'), footer),
  };
}

export interface CoffeeOfferMailInput {
  language: Language;
  name: string;
  offer: CoffeeOfferFacts;
  unsubscribeUrl?: string;
}

export function renderCoffeeOfferMail(input: CoffeeOfferMailInput): RenderedMail {
  const { language, name, offer, unsubscribeUrl } = input;
  const w = WORDS[language];
  const subject = oneLine(w.coffeeSubject(offer.travellerName, offer.city));
  const visits = w.visits(offer.travellerName, offer.city, dateRange(offer.startsOn, offer.endsOn, language));

  const lines = [w.hello(name), '', visits, ''];
  const html = [`<p>${escapeHtml(w.hello(name))}</p><p>${escapeHtml(visits)}</p>`];
  if (offer.note) {
    lines.push(offer.note, '');
    html.push(`<blockquote style="white-space:pre-line">${escapeHtml(offer.note)}</blockquote>`);
  }
  lines.push(`${w.imIn}: ${offer.tripUrl}`);
  html.push(`<p>${button(offer.tripUrl, w.imIn)}</p>`);
  if (unsubscribeUrl) lines.push('', `${w.unsubscribe}: ${unsubscribeUrl}`);
  return {
    subject,
    text: `${lines.join('\n')}\n`,
    html: htmlLayout(subject, html.join('\n'), footerOf(language, unsubscribeUrl)),
  };
}
