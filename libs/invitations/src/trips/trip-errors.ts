import { BadRequestException, ConflictException, GoneException, NotFoundException } from '@nestjs/common';
import { HttpError } from '@neuland/http';
import { InvitationsError } from '../invitations-errors.js';

export const tripNotFound = () =>
  new NotFoundException({ error: InvitationsError.TRIP_NOT_FOUND, message: 'There is no such trip.' });

export const tripCancelled = () =>
  new GoneException({
    error: InvitationsError.TRIP_CANCELLED,
    message: 'The traveller cancelled this trip.',
  });

export const tripOver = () =>
  new ConflictException({
    error: InvitationsError.TRIP_OVER,
    message: 'This trip is over; there is no day left for a coffee.',
  });

export const invalidTripDates = (field: 'startsOn' | 'endsOn', message: string) =>
  new BadRequestException({
    error: HttpError.VALIDATION_FAILED,
    message: 'The request has invalid fields.',
    details: [{ field, message }],
  });

/** True for a real calendar date (no 2026-02-31). */
export const isCalendarDate = (date: string): boolean =>
  !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
  new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
