import { ConflictException, ForbiddenException, GoneException, NotFoundException } from '@nestjs/common';
import { MeetupsError } from '@neuland/meetups';
import { InvitationsError } from '../invitations-errors.js';

export const invitationNotFound = () =>
  new NotFoundException({
    error: InvitationsError.INVITATION_NOT_FOUND,
    message: 'There is no such invitation.',
  });

export const invitationExpired = () =>
  new GoneException({ error: InvitationsError.INVITATION_EXPIRED, message: 'This invitation has expired.' });

export const invitationRevoked = () =>
  new GoneException({
    error: InvitationsError.INVITATION_REVOKED,
    message: 'This invitation was withdrawn.',
  });

export const invitationAlreadyAnswered = () =>
  new ConflictException({
    error: InvitationsError.INVITATION_ALREADY_ANSWERED,
    message: 'The invitee has answered this invitation; it can no longer be withdrawn.',
  });

export const notAllowedToInvite = () =>
  new ForbiddenException({
    error: InvitationsError.NOT_ALLOWED_TO_INVITE,
    message: 'Only the hosts invite to this meetup, unless they let members bring people they know.',
  });

export const inviteeNotAContact = () =>
  new ForbiddenException({
    error: InvitationsError.INVITEE_NOT_A_CONTACT,
    message: 'Members can bring only their own contacts (people who follow each other).',
  });

export const meetupNotOpenForInvitations = (reason: 'draft' | 'cancelled' | 'over') =>
  new ConflictException({
    error: {
      draft: MeetupsError.MEETUP_NOT_PUBLISHED,
      cancelled: MeetupsError.MEETUP_CANCELLED,
      over: MeetupsError.MEETUP_IN_PAST,
    }[reason],
    message: {
      draft: 'Publish the meetup before inviting people.',
      cancelled: 'This meetup has been cancelled.',
      over: 'This meetup is over.',
    }[reason],
  });
