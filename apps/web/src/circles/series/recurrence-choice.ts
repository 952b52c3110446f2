// The organiser's "repeats" choice as an RFC 5545 rule for the API, and as a sentence ("every 2nd Tuesday of the
// month, 19:00"). The weekday and the week of the month come from the first meetup's date.
import type { TFunction } from 'i18next';

export const REPEATS = ['never', 'weekly', 'monthlyNth', 'monthlyLast'] as const;
export type Repeats = (typeof REPEATS)[number];

export interface RecurrenceChoice {
  repeats: Repeats;
  /** Every n weeks (weekly only). */
  interval: number;
  ends: 'until' | 'count';
  /** yyyy-mm-dd, the last day an occurrence may fall on. */
  until: string;
  count: number;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The local date of a `datetime-local` value: weekday (0 = Monday) and which of its kind in the month (1–5). */
function dateOf(wallTime: string): { weekday: number; nth: number; time: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(wallTime);
  if (!match) return null;
  const [, year, month, day, time] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return { weekday: (date.getUTCDay() + 6) % 7, nth: Math.ceil(Number(day) / 7), time: time };
}

/** The RRULE for the choice, or null for a single meetup (or when the start is not set yet). */
export function ruleOf(choice: RecurrenceChoice, startWallTime: string): string | null {
  const start = dateOf(startWallTime);
  if (choice.repeats === 'never' || !start) return null;
  const day = DAYS[start.weekday];
  const parts =
    choice.repeats === 'weekly'
      ? ['FREQ=WEEKLY', `INTERVAL=${choice.interval}`, `BYDAY=${day}`]
      : [
          'FREQ=MONTHLY',
          `BYDAY=${day}`,
          `BYSETPOS=${choice.repeats === 'monthlyLast' ? -1 : Math.min(start.nth, 4)}`,
        ];
  if (choice.ends === 'until' && choice.until) parts.push(`UNTIL=${choice.until.replaceAll('-', '')}`);
  if (choice.ends === 'count') parts.push(`COUNT=${choice.count}`);
  return parts.join(';');
}

/** "every 2nd Tuesday of the month, 19:00, until 31 Dec 2027" in the page's language. */
export function summaryOf(
  choice: RecurrenceChoice,
  startWallTime: string,
  t: TFunction,
  language: string,
): string {
  const start = dateOf(startWallTime);
  if (choice.repeats === 'never' || !start) return t('series.single');
  // 2024-01-01 was a Monday: the weekday's name in the page's language.
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + start.weekday)),
  );
  const nth = Math.min(start.nth, 4);
  const repeats =
    choice.repeats === 'weekly'
      ? t(choice.interval === 1 ? 'series.everyWeek' : 'series.everyNWeeks', {
          weekday,
          count: choice.interval,
        })
      : choice.repeats === 'monthlyLast'
        ? t('series.lastOfMonth', { weekday })
        : t('series.nthOfMonth', { weekday, nth: t(`series.ordinal${nth}`) });
  const ends =
    choice.ends === 'count'
      ? t('series.times', { count: choice.count })
      : choice.until
        ? t('series.until', {
            date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
              new Date(`${choice.until}T00:00:00Z`),
            ),
          })
        : '';
  return [repeats, start.time, ends].filter(Boolean).join(', ');
}

/** The choice a rule made by `ruleOf` stands for, to say it in words on an occurrence's page. */
export function choiceOf(rule: string): RecurrenceChoice {
  const parts = new Map(rule.split(';').map((part) => part.split('=') as [string, string]));
  const until = parts.get('UNTIL')?.slice(0, 8);
  return {
    repeats:
      parts.get('FREQ') === 'WEEKLY'
        ? 'weekly'
        : parts.get('BYSETPOS') === '-1'
          ? 'monthlyLast'
          : 'monthlyNth',
    interval: Number(parts.get('INTERVAL') ?? 1),
    ends: parts.has('COUNT') ? 'count' : 'until',
    until: until ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : '',
    count: Number(parts.get('COUNT') ?? 0),
  };
}
