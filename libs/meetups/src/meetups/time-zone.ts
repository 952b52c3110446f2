// Meetup times: stored as instants, shown in the meetup's IANA zone with its offset.
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { DateTime, IANAZone } from 'luxon';

export const isIanaTimeZone = (zone: unknown): zone is string =>
  typeof zone === 'string' && zone.length <= 64 && IANAZone.isValidZone(zone);

/** `Europe/Berlin` passes, `Mars/Olympus` and fixed offsets such as `+01:00` do not. */
export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an IANA time zone such as Europe/Berlin', ...options },
      validator: { validate: (value: unknown) => isIanaTimeZone(value) },
    });
}

/** `2026-12-03T18:30:00+01:00` for Europe/Berlin. */
export function toZonedIso(instant: Date, zone: string): string {
  const epoch = instant.getTime();
  if (Number.isNaN(epoch)) throw new RangeError('toZonedIso needs a valid instant');
  const offset = offsetMinutes(epoch, zone);
  const local = new Date(epoch + offset * 60_000);
  const ms = local.getUTCMilliseconds();
  const year = local.getUTCFullYear();
  return (
    `${year < 0 ? '-' : ''}${pad(Math.abs(year), year > 9999 || year < 0 ? 6 : 4)}-${pad(local.getUTCMonth() + 1)}-` +
    `${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:` +
    `${pad(local.getUTCSeconds())}${ms === 0 ? '' : `.${pad(ms, 3)}`}${formatOffset(offset, zone)}`
  );
}

/*
 * Asking the zone for an offset (Intl, what luxon does) costs microseconds, and a listing of 100 meetups asks it 200
 * times per request. Offsets change only at transitions, so the offset of each quarter hour is asked once: when its
 * first and last instant have the same offset, so has every instant between (zones move at most once in a quarter
 * hour); otherwise the instant itself is asked, uncached. The cache is bounded: entries are a zone and a quarter
 * hour, and meetups cluster in a few of each.
 */
const QUARTER_HOUR = 15 * 60_000;
const MAX_CACHED = 20_000;
const offsets = new Map<string, number>();

function offsetMinutes(epoch: number, zone: string): number {
  const quarter = Math.floor(epoch / QUARTER_HOUR);
  const key = `${zone} ${quarter}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const first = askZone(quarter * QUARTER_HOUR, zone);
  const last = askZone((quarter + 1) * QUARTER_HOUR - 1, zone);
  if (first !== last) return askZone(epoch, zone);
  if (offsets.size >= MAX_CACHED) offsets.clear();
  offsets.set(key, first);
  return first;
}

const askZone = (epoch: number, zone: string) => {
  const offset = DateTime.fromMillis(epoch, { zone }).offset;
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone ${zone}`);
  return offset;
};

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

// As luxon wrote it before: `Z` for the zone names it reads as UTC itself, an offset for every other zone.
const formatOffset = (minutes: number, zone: string) =>
  /^(utc|gmt)$/i.test(zone)
    ? 'Z'
    : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
