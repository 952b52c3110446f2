// The cross-field rules of a meetup's times, checked after every create and edit.
import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@neuland/http';
import type { Meetup } from './meetup.entity.js';

export function assertScheduleIsSound(meetup: Meetup): void {
  const details: FieldError[] = [];
  if (meetup.endsAt.getTime() <= meetup.startsAt.getTime()) {
    details.push({ field: 'endsAt', message: 'must be after startsAt' });
  }
  if (meetup.rsvpDeadline && meetup.rsvpDeadline.getTime() > meetup.endsAt.getTime()) {
    details.push({ field: 'rsvpDeadline', message: 'must not be after endsAt' });
  }
  if (details.length > 0) {
    throw new BadRequestException({
      error: 'VALIDATION_FAILED',
      message: 'The meetup times do not fit together.',
      details,
    });
  }
}

/** The fields whose change means attendees must be told: the meetup moved in time or place. */
export const TIME_AND_PLACE = [
  'startsAt',
  'endsAt',
  'timeZone',
  'city',
  'venueName',
  'address',
  'onlineUrl',
] as const;
export type TimeOrPlaceField = (typeof TIME_AND_PLACE)[number];

export function changedTimeOrPlace(before: Meetup, after: Meetup): TimeOrPlaceField[] {
  return TIME_AND_PLACE.filter((field) => {
    const [a, b] = [before[field], after[field]];
    if (a instanceof Date && b instanceof Date) return a.getTime() !== b.getTime();
    return a !== b;
  });
}
