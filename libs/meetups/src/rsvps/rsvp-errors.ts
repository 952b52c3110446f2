import { ConflictException, ForbiddenException } from '@nestjs/common';
import { MeetupsError } from '../meetups-errors.js';

type RsvpClosedCode =
  | typeof MeetupsError.MEETUP_CANCELLED
  | typeof MeetupsError.MEETUP_NOT_PUBLISHED
  | typeof MeetupsError.RSVP_CLOSED;

const CLOSED_MESSAGES: Record<RsvpClosedCode, string> = {
  [MeetupsError.MEETUP_CANCELLED]: 'This meetup has been cancelled.',
  [MeetupsError.MEETUP_NOT_PUBLISHED]: 'This meetup is not published yet.',
  [MeetupsError.RSVP_CLOSED]: 'The RSVP deadline has passed.',
};

/** Why a meetup takes no "going" right now (decided by rsvp_going), as the stable error clients see. */
export const rsvpClosedError = (code: RsvpClosedCode) =>
  new ConflictException({ error: code, message: CLOSED_MESSAGES[code] });

export const invitationRequired = () =>
  new ForbiddenException({
    error: MeetupsError.INVITATION_REQUIRED,
    message: 'This meetup is invite-only: RSVP through your invitation.',
  });
