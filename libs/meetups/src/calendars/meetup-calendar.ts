// RFC 5545 calendars of meetups: a stable UID per meetup, SEQUENCE from the meetup, times in its own zone.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Meetup } from '../meetups/meetup.entity.js';
import { calendarNameText, calendarText } from './calendar-text.js';

export interface CalendarOptions {
  name: string;
  appUrl: string;
}

export function renderCalendar(meetups: Meetup[], options: CalendarOptions): string {
  const calendar = ical({
    name: calendarNameText(options.name),
    prodId: { company: 'Neuland', product: 'Meetups', language: 'EN' },
    // With a generator, every zone the events use gets its VTIMEZONE; no default zone of its own.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const meetup of meetups) {
    calendar.createEvent({
      id: `meetup-${meetup.id}@neuland`,
      sequence: meetup.sequence,
      // ical-generator formats a luxon DateTime in the event's zone; a JS Date would use the server's zone.
      start: DateTime.fromJSDate(meetup.startsAt, { zone: meetup.timeZone }),
      end: DateTime.fromJSDate(meetup.endsAt, { zone: meetup.timeZone }),
      timezone: meetup.timeZone,
      stamp: meetup.updatedAt,
      lastModified: meetup.updatedAt,
      created: meetup.createdAt,
      summary: calendarText(meetup.status === 'cancelled' ? `Cancelled: ${meetup.title}` : meetup.title),
      description: calendarText(describe(meetup)),
      location:
        calendarText([meetup.venueName, meetup.address, meetup.city].filter(Boolean).join(', ')) || null,
      url: `${options.appUrl}/meetups/${meetup.id}`,
      status: meetup.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

function describe(meetup: Meetup): string {
  const parts = [meetup.description];
  if (meetup.onlineUrl) parts.push(`Online: ${meetup.onlineUrl}`);
  if (meetup.status === 'cancelled' && meetup.cancellationMessage) parts.unshift(meetup.cancellationMessage);
  return parts.filter(Boolean).join('\n\n');
}
