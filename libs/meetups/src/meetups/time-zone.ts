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
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true })!;
}
