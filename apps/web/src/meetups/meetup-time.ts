// A meetup's time as people read it: in the meetup's own zone, and in the viewer's too when the clocks differ.

export interface MeetupTimes {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

export interface ReadableTime {
  /** "Thursday, 3 December 2026, 18:30 – 21:00" in the meetup's zone. */
  atVenue: string;
  /** The same span on the viewer's clock, or null when the viewer's clock shows the same time. */
  forViewer: string | null;
}

// Making a DateTimeFormat costs far more than formatting with one (the server renders the meetup page on every
// request): one pair per locale and zone, kept.
const formats = new Map<string, { day: Intl.DateTimeFormat; clock: Intl.DateTimeFormat }>();
function formatsFor(zone: string, locale: string) {
  const key = `${locale} ${zone}`;
  let found = formats.get(key);
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(locale, {
        timeZone: zone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
      clock: new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }),
    };
    formats.set(key, found);
  }
  return found;
}

const spanIn = (times: MeetupTimes, zone: string, locale: string) => {
  const { day, clock } = formatsFor(zone, locale);
  const start = new Date(times.startsAt);
  const end = new Date(times.endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${clock.format(start)} – ${clock.format(end)}`
    : `${day.format(start)}, ${clock.format(start)} – ${day.format(end)}, ${clock.format(end)}`;
};

export function readableTime(times: MeetupTimes, viewerZone: string, locale: string): ReadableTime {
  const atVenue = spanIn(times, times.timeZone, locale);
  const forViewer = spanIn(times, viewerZone, locale);
  return { atVenue, forViewer: forViewer === atVenue ? null : forViewer };
}

export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
