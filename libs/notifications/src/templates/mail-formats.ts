// Times, dates and places as the mails show them: a meetup's time in its own time zone, in the reader's language.
import type { MeetupFacts } from '../delivery/mail-context.js';
import type { MailLanguage } from './mail-texts.js';

const LOCALES: Record<MailLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/** "Donnerstag, 3. Dezember 2026 um 18:30", in the meetup's time zone. */
export const meetupTime = (meetup: MeetupFacts, language: MailLanguage) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meetup.timeZone,
  }).format(new Date(meetup.startsAt));

/** The calendar sheet beside a meetup: "DEZ" and "3", in the meetup's time zone. */
export function meetupDay(meetup: MeetupFacts, language: MailLanguage): { month: string; day: string } {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: meetup.timeZone }).format(
      new Date(meetup.startsAt),
    );
  return { month: part({ month: 'short' }).replace('.', '').toUpperCase(), day: part({ day: 'numeric' }) };
}

/** Where it is: the venue and its address (or the city), else the link of an online meetup. */
export const place = (meetup: MeetupFacts) =>
  [meetup.venueName, meetup.address ?? meetup.city].filter(Boolean).join(', ') || meetup.onlineUrl || '';

/**
 * A deadline, "3. Dezember 2026 um 18:30": an invitation's in its meetup's time zone; one with no place of its own
 * (the export's links) in UTC, which it then names.
 */
export const deadline = (at: Date, language: MailLanguage, timeZone = 'UTC') =>
  new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(timeZone === 'UTC' ? { timeZoneName: 'short' } : {}),
  }).format(at);

/** A `YYYY-MM-DD` calendar date, as a date without a time zone shift. */
export const calendarDate = (day: string, language: MailLanguage) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
