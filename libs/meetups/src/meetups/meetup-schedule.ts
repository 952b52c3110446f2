// The rules of a meetup's times, checked after every create and edit.
import { BadRequestException } from '@nestjs/common';
import { HttpError, type FieldError } from '@neuland/http';
import { DateTime } from 'luxon';
import type { Meetup } from './meetup.entity.js';

const PLANNED_AHEAD_AT_MOST = { years: 3 };
/** Long enough for a conference or a barcamp weekend; anything longer is a typo in the end date. */
const LASTS_AT_MOST = { days: 14 };

type Schedule = Pick<Meetup, 'startsAt' | 'endsAt' | 'rsvpDeadline'>;

/**
 * A meetup starts between now and three years ahead, and ends after its start, within 14 days. An edit may keep
 * a start that has passed (a host fixing the venue of a meetup under way), but not move the start into the past;
 * `before` is the meetup as it was, absent on create.
 */
export function assertScheduleIsSound(meetup: Schedule, before?: Schedule): void {
  const details: FieldError[] = [];
  const now = DateTime.now();
  const start = DateTime.fromJSDate(meetup.startsAt);
  const end = DateTime.fromJSDate(meetup.endsAt);
  const startMoved = !before || before.startsAt.getTime() !== meetup.startsAt.getTime();
  const timesMoved = startMoved || before.endsAt.getTime() !== meetup.endsAt.getTime();
  if (startMoved && start < now) {
    details.push({ field: 'startsAt', message: 'must not be in the past' });
  } else if (startMoved && start > now.plus(PLANNED_AHEAD_AT_MOST)) {
    details.push({ field: 'startsAt', message: 'must be at most three years ahead' });
  }
  if (end <= start) {
    details.push({ field: 'endsAt', message: 'must be after startsAt' });
  } else if (timesMoved && end > start.plus(LASTS_AT_MOST)) {
    details.push({ field: 'endsAt', message: 'must be at most 14 days after startsAt' });
  }
  if (meetup.rsvpDeadline && meetup.rsvpDeadline.getTime() > meetup.endsAt.getTime()) {
    details.push({ field: 'rsvpDeadline', message: 'must not be after endsAt' });
  }
  if (details.length > 0) {
    throw new BadRequestException({
      error: HttpError.VALIDATION_FAILED,
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
