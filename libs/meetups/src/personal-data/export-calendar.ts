import icalGenerator from 'ical-generator';
import { calendarNameText, calendarText } from '../calendars/calendar-text.js';

export interface CalendarMeetup {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  url: string;
}

/** The member's meetups as one .ics file that any calendar app imports. */
export function meetupsCalendar(meetups: CalendarMeetup[]): string {
  const calendar = icalGenerator({
    name: calendarNameText('Neuland'),
    prodId: { company: 'Neuland', product: 'export' },
  });
  for (const meetup of meetups) {
    calendar.createEvent({
      id: `${meetup.id}@neuland`,
      summary: calendarText(meetup.title),
      start: meetup.startsAt,
      end: meetup.endsAt,
      timezone: meetup.timeZone,
      location: meetup.location ? calendarText(meetup.location) : undefined,
      url: meetup.url,
    });
  }
  return calendar.toString();
}
