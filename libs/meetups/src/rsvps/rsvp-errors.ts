import { ConflictException, ForbiddenException } from '@nestjs/common';
import type { Meetup } from '../meetups/meetup.entity.js';
import { MeetupsError } from '../meetups-errors.js';

/** Why a meetup takes no "going" right now, as the stable error clients see; null when it does. */
export function whyRsvpIsClosed(
  meetup: Pick<Meetup, 'status' | 'rsvpDeadline' | 'endsAt'>,
  now = new Date(),
): ConflictException | null {
  if (meetup.status === 'cancelled') {
    return new ConflictException({
      error: MeetupsError.MEETUP_CANCELLED,
      message: 'This meetup has been cancelled.',
    });
  }
  if (meetup.status === 'draft') {
    return new ConflictException({
      error: MeetupsError.MEETUP_NOT_PUBLISHED,
      message: 'This meetup is not published yet.',
    });
  }
  const closesAt = meetup.rsvpDeadline ?? meetup.endsAt;
  if (closesAt.getTime() <= now.getTime()) {
    return new ConflictException({
      error: MeetupsError.RSVP_CLOSED,
      message: 'The RSVP deadline has passed.',
    });
  }
  return null;
}

export const invitationRequired = () =>
  new ForbiddenException({
    error: MeetupsError.INVITATION_REQUIRED,
    message: 'This meetup is invite-only: RSVP through your invitation.',
  });
