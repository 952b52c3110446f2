// The error codes of buddies, "I'd like to meet you" and "we met". Clients rely on these strings: a code is never
// renamed, only added. A meetup the caller may not see answers with MeetupsError's codes.
import { ConflictException, NotFoundException } from '@nestjs/common';

export const NetworkingError = {
  /** Buddies, wishes and "we met" are for people with a seat. */
  NOT_GOING_TO_MEETUP: 'NOT_GOING_TO_MEETUP',
  /** The person is not among the going attendees the caller can see (also: the caller themself). */
  ATTENDEE_NOT_FOUND: 'ATTENDEE_NOT_FOUND',
  /** Buddies of this meetup have been paired: the choice can no longer change. */
  BUDDIES_ALREADY_PAIRED: 'BUDDIES_ALREADY_PAIRED',
  /** "We met" needs the caller checked in at the meetup. */
  NOT_CHECKED_IN: 'NOT_CHECKED_IN',
} as const;

export type NetworkingError = (typeof NetworkingError)[keyof typeof NetworkingError];

export const notGoingToMeetup = () =>
  new ConflictException({
    error: NetworkingError.NOT_GOING_TO_MEETUP,
    message: 'Only people with a seat at this meetup can do this.',
  });

export const attendeeNotFound = () =>
  new NotFoundException({
    error: NetworkingError.ATTENDEE_NOT_FOUND,
    message: 'This person is not among the attendees you can see.',
  });

export const buddiesAlreadyPaired = () =>
  new ConflictException({
    error: NetworkingError.BUDDIES_ALREADY_PAIRED,
    message: 'Buddies for this meetup have already been paired.',
  });

export const notCheckedIn = () =>
  new ConflictException({
    error: NetworkingError.NOT_CHECKED_IN,
    message: 'Check in at the meetup first.',
  });
