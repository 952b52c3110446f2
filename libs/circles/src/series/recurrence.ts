// A series' recurrence rule, expanded in local wall time and only then placed in the meetup's zone. rrule's own
// tzid support converts with the server's zone and shifts occurrences by an hour across DST changes, so rrule sees
// "floating" times written as UTC, and luxon turns each local start into an instant.
import { BadRequestException } from '@nestjs/common';
import { DateTime } from 'luxon';
import rrulePackage, { type Options } from 'rrule';
import { CirclesError } from '../circles-errors.js';

// rrule ships CommonJS: its named exports are reached through the default export under ESM.
const { RRule } = rrulePackage;

/** What a series may repeat by: weekly or monthly, every n-th week or month, by weekday or day of month. */
const ALLOWED_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYSETPOS',
  'BYMONTHDAY',
  'COUNT',
  'UNTIL',
  'WKST',
]);
export const MAX_OCCURRENCES = 500;

export interface Recurrence {
  rule: string;
  /** The first occurrence's local start, e.g. 2026-12-01T19:00 (no zone). */
  firstStartLocal: string;
  timeZone: string;
}

const invalidRule = (message: string) =>
  new BadRequestException({ error: CirclesError.INVALID_RECURRENCE_RULE, message });

/** Checks an RRULE (without DTSTART) a client sent and gives it back in rrule's own spelling. */
export function parseRule(text: string): string {
  const rule = text.trim().replace(/^RRULE:/i, '');
  for (const part of rule.split(';')) {
    const name = part.split('=')[0]?.toUpperCase() ?? '';
    if (!ALLOWED_PARTS.has(name)) throw invalidRule(`A series cannot repeat by "${name || part}".`);
  }
  let options: Partial<Options>;
  let spelled: string;
  try {
    options = RRule.parseString(rule);
    spelled = new RRule({ ...options, dtstart: null }).toString().replace(/^RRULE:/, '');
    new RRule({ ...options, dtstart: new Date() }).all((_, index) => index < 1);
  } catch {
    throw invalidRule('This recurrence rule cannot be read.');
  }
  if (options.freq !== RRule.WEEKLY && options.freq !== RRule.MONTHLY) {
    throw invalidRule('A series repeats weekly or monthly.');
  }
  const interval = options.interval ?? 1;
  if (interval < 1 || interval > 12) throw invalidRule('A series repeats at most every 12 weeks or months.');
  const count = options.count ?? null;
  if (count !== null && (count < 1 || count > MAX_OCCURRENCES)) {
    throw invalidRule(`A series has 1 to ${MAX_OCCURRENCES} occurrences.`);
  }
  return spelled;
}

/** The local starts (no zone) of the occurrences whose local start lies in [from, to], in order. */
export function localStarts(recurrence: Recurrence, from: DateTime, to: DateTime): DateTime[] {
  const rule = ruleOf(recurrence);
  const floating = (local: DateTime) =>
    new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
  const inZone = (instant: DateTime) => instant.setZone(recurrence.timeZone);
  return rule
    .between(floating(inZone(from).minus({ days: 1 })), floating(inZone(to).plus({ days: 1 })), true)
    .map((date) => DateTime.fromJSDate(date, { zone: 'utc' }))
    .map((utc) =>
      DateTime.fromObject(
        { year: utc.year, month: utc.month, day: utc.day, hour: utc.hour, minute: utc.minute },
        { zone: recurrence.timeZone },
      ),
    )
    .filter((start) => start >= from && start <= to);
}

/** rrule's expansion of the series as floating times: what the wall clock in the meetup's zone shows. */
export function ruleOf(recurrence: Recurrence): InstanceType<typeof RRule> {
  const first = DateTime.fromISO(recurrence.firstStartLocal, { zone: 'utc' });
  const options = RRule.parseString(recurrence.rule);
  if (options.until) {
    // UNTIL is a day in the meetup's zone: occurrences on that day still happen.
    const until = DateTime.fromJSDate(options.until, { zone: 'utc' });
    options.until = new Date(Date.UTC(until.year, until.month - 1, until.day, 23, 59, 59));
  }
  return new RRule({ ...options, dtstart: first.toJSDate() });
}
