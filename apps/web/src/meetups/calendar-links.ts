// "Add to calendar": the API's .ics file, and prefilled Google and Outlook pages (plain links, no scripts).

export interface CalendarEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  pageUrl: string;
}

/** 2026-12-03T18:30:00+01:00 → 20261203T173000Z, the UTC form Google expects. */
const googleTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function calendarLinks(event: CalendarEvent): { ics: string; google: string; outlook: string } {
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${googleTime(event.startsAt)}/${googleTime(event.endsAt)}`,
    details: event.pageUrl,
    location: event.place,
  });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: new Date(event.startsAt).toISOString(),
    enddt: new Date(event.endsAt).toISOString(),
    body: event.pageUrl,
    location: event.place,
  });
  return {
    ics: `/api/v1/meetups/${encodeURIComponent(event.id)}/calendar.ics`,
    google: `https://calendar.google.com/calendar/render?${google.toString()}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook.toString()}`,
  };
}

/** A search on openstreetmap.org for the venue: a link, so no map script or tile loads from a third party. */
export function openStreetMapLink(parts: (string | null | undefined)[]): string {
  const query = parts.filter((part) => part && part.trim()).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
