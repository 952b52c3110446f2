// The meetup mails in German and English: HTML and plain text, times in the meetup's own time zone.
import { escapeHtml, htmlLayout, type RenderedMail } from '@neuland/mail';
import type { MailContext, MeetupFacts } from '../delivery/mail-context.js';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { AccountMailKind, NotificationKind } from '../notification-kinds.js';

type Language = 'de' | 'en';
type MeetupKind = Exclude<NotificationKind, AccountMailKind | 'meetup-invitation' | 'coffee-offer'>;

export interface MeetupMailInput {
  kind: MeetupKind;
  language: Language;
  name: string;
  context: MailContext;
  data: NotificationData;
  appUrl: string;
  unsubscribeUrl?: string;
}

export const localTime = (meetup: MeetupFacts, language: Language) =>
  new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meetup.timeZone,
  }).format(new Date(meetup.startsAt));

export const place = (meetup: MeetupFacts) =>
  [meetup.venueName, meetup.address ?? meetup.city].filter(Boolean).join(', ') || meetup.onlineUrl || '';

const SUBJECTS: Record<Language, Record<MeetupKind, (title: string) => string>> = {
  de: {
    'introduction-digest': (t) => `Wen Du bei „${t}“ schon aus dem Netz kennst`,
    'meetup-reminder': (t) => `Erinnerung: ${t}`,
    'meetup-cancelled': (t) => `Abgesagt: ${t}`,
    'meetup-updated': (t) => `Geändert: ${t}`,
    'rsvp-confirmed': (t) => `Du bist dabei: ${t}`,
    'waitlist-promoted': (t) => `Ein Platz ist frei geworden: ${t}`,
  },
  en: {
    'introduction-digest': (t) => `Whom you already know online at "${t}"`,
    'meetup-reminder': (t) => `Reminder: ${t}`,
    'meetup-cancelled': (t) => `Cancelled: ${t}`,
    'meetup-updated': (t) => `Changed: ${t}`,
    'rsvp-confirmed': (t) => `You're going: ${t}`,
    'waitlist-promoted': (t) => `A seat opened up for you: ${t}`,
  },
};

const WORDS = {
  de: {
    hello: 'Hallo',
    when: 'Wann',
    where: 'Wo',
    page: 'Zum Treffen',
    calendar: 'In den Kalender',
    checkIn: 'Dein Check-in-Code',
    checkInQr: 'Als QR-Code für den Eingang',
    mutual: 'Ihr kennt Euch aus dem Netz',
    knownBy: 'Du kennst diese Person aus dem Netz',
    intro: 'diese Leute, die Du aus dem Netz kennst, sind auch dabei:',
    cancelled: 'das Treffen wurde abgesagt.',
    updated: 'Zeit oder Ort des Treffens haben sich geändert. So sieht es jetzt aus:',
    confirmed: 'Du bist angemeldet.',
    promoted: 'ein Platz ist frei geworden, und er gehört Dir.',
    reminder: 'bald geht es los.',
    unsubscribe: 'Solche Mails abbestellen',
  },
  en: {
    hello: 'Hi',
    when: 'When',
    where: 'Where',
    page: 'Open the meetup',
    calendar: 'Add to calendar',
    checkIn: 'Your check-in code',
    checkInQr: 'As a QR code for the door',
    mutual: 'You know each other online',
    knownBy: 'You know this person online',
    intro: 'these people you know online are going too:',
    cancelled: 'the meetup has been cancelled.',
    updated: 'The time or place of the meetup changed. This is how it looks now:',
    confirmed: "you're going.",
    promoted: 'a seat opened up, and it is yours.',
    reminder: 'it starts soon.',
    unsubscribe: 'Unsubscribe from mails like this',
  },
} as const;

const LEADS: Record<MeetupKind, keyof (typeof WORDS)['de']> = {
  'introduction-digest': 'intro',
  'meetup-reminder': 'reminder',
  'meetup-cancelled': 'cancelled',
  'meetup-updated': 'updated',
  'rsvp-confirmed': 'confirmed',
  'waitlist-promoted': 'promoted',
};

export function renderMeetupMail(input: MeetupMailInput): RenderedMail {
  const { kind, language, name, context, data, appUrl, unsubscribeUrl } = input;
  const meetup = context.meetup!;
  const w = WORDS[language];
  const subject = SUBJECTS[language][kind](meetup.title);
  const pageUrl = `${appUrl}/m/${meetup.id}`;
  const calendarUrl = `${appUrl}/api/v1/meetups/${meetup.id}/calendar.ics`;
  const lines: string[] = [`${w.hello} ${name},`, '', `${w[LEADS[kind]]}`, ''];
  const html: string[] = [`<p>${escapeHtml(`${w.hello} ${name},`)}</p><p>${escapeHtml(w[LEADS[kind]])}</p>`];

  if (kind === 'meetup-cancelled' && typeof data.message === 'string' && data.message) {
    lines.push(data.message, '');
    html.push(`<blockquote>${escapeHtml(data.message)}</blockquote>`);
  }
  for (const person of context.people ?? []) {
    const mark = person.mutual ? w.mutual : w.knownBy;
    const headline = person.headline ? ` – ${person.headline}` : '';
    lines.push(`* ${person.displayName} (@${person.handle})${headline} – ${mark}`);
    const avatar = person.avatarUrl
      ? `<img src="${escapeHtml(person.avatarUrl)}" alt="" width="40" height="40" style="border-radius:20px;vertical-align:middle"> `
      : '';
    html.push(
      `<p>${avatar}<strong>${escapeHtml(person.displayName)}</strong> <a href="${escapeHtml(`${appUrl}/profiles/${person.handle}`)}">@${escapeHtml(person.handle)}</a>${escapeHtml(headline)}<br><em>${escapeHtml(mark)}</em></p>`,
    );
  }
  const when = localTime(meetup, language);
  lines.push(
    '',
    `${meetup.title}`,
    `${w.when}: ${when} (${meetup.timeZone})`,
    `${w.where}: ${place(meetup)}`,
  );
  html.push(
    `<h2 style="font-size:18px">${escapeHtml(meetup.title)}</h2><p>${escapeHtml(w.when)}: ${escapeHtml(when)} (${escapeHtml(meetup.timeZone)})<br>${escapeHtml(w.where)}: ${escapeHtml(place(meetup))}</p>`,
  );
  lines.push(`${w.page}: ${pageUrl}`);
  html.push(`<p><a href="${escapeHtml(pageUrl)}">${escapeHtml(w.page)}</a></p>`);
  if (kind !== 'meetup-cancelled') {
    lines.push(`${w.calendar}: ${calendarUrl}`);
    html.push(`<p><a href="${escapeHtml(calendarUrl)}">${escapeHtml(w.calendar)}</a></p>`);
    if (context.checkInCode && kind === 'meetup-reminder') {
      const qrUrl = `${pageUrl}/check-in-code`;
      lines.push(`${w.checkIn}: ${context.checkInCode}`, `${w.checkInQr}: ${qrUrl}`);
      html.push(
        `<p>${escapeHtml(w.checkIn)}: <strong>${escapeHtml(context.checkInCode)}</strong> · <a href="${escapeHtml(qrUrl)}">${escapeHtml(w.checkInQr)}</a></p>`,
      );
    }
  }
  const footer = unsubscribeUrl
    ? `<a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a>`
    : '';
  if (unsubscribeUrl) lines.push('', `${w.unsubscribe}: ${unsubscribeUrl}`);
  return { subject, text: `${lines.join('\n')}\n`, html: htmlLayout(subject, html.join('\n'), footer) };
}
