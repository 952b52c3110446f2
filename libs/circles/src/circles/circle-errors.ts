// The exceptions used across the circles feature, built once.
import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { CirclesError } from '../circles-errors.js';

export const circleNotFound = () =>
  new NotFoundException({ error: CirclesError.CIRCLE_NOT_FOUND, message: 'There is no such circle.' });

export const notCircleOrganiser = () =>
  new ForbiddenException({
    error: CirclesError.NOT_CIRCLE_ORGANISER,
    message: "Only the circle's organisers can do this.",
  });

export const notCircleOwner = () =>
  new ForbiddenException({
    error: CirclesError.NOT_CIRCLE_OWNER,
    message: "Only the circle's owner can do this.",
  });

export const notCircleMember = () =>
  new NotFoundException({
    error: CirclesError.NOT_CIRCLE_MEMBER,
    message: 'They are not a member of this circle.',
  });

export const ownerStays = () =>
  new ConflictException({
    error: CirclesError.OWNER_STAYS,
    message: 'The owner stays in the circle: hand it over to another member first.',
  });

export const bannedFromCircle = () =>
  new ForbiddenException({
    error: CirclesError.BANNED_FROM_CIRCLE,
    message: 'You have been banned from this circle and cannot join it or its meetups.',
  });

export const joinCircleFirst = () =>
  new ForbiddenException({
    error: CirclesError.NOT_A_CIRCLE_MEMBER,
    message: 'Join the circle first: only its members choose how they hear of its meetups.',
  });
