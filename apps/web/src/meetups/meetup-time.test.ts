import { describe, expect, it } from '@jest/globals';
import { calendarLinks, openStreetMapLink } from './calendar-links';
import { readableTime } from './meetup-time';

const hamburg = {
  startsAt: '2026-12-03T18:30:00+01:00',
  endsAt: '2026-12-03T21:00:00+01:00',
  timeZone: 'Europe/Berlin',
};

describe('readableTime', () => {
  it("shows the meetup's local time and nothing more to a viewer in the same zone", () => {
    const time = readableTime(hamburg, 'Europe/Berlin', 'en-GB');
    expect(time.atVenue).toBe('Thursday, 3 December 2026, 18:30 – 21:00');
    expect(time.forViewer).toBeNull();
  });

  it("adds the viewer's own time when their clock differs", () => {
    const time = readableTime(hamburg, 'America/New_York', 'en-GB');
    expect(time.atVenue).toBe('Thursday, 3 December 2026, 18:30 – 21:00');
    expect(time.forViewer).toBe('Thursday, 3 December 2026, 12:30 – 15:00');
  });

  it('treats another zone on the same clock as the same time', () => {
    expect(readableTime(hamburg, 'Europe/Paris', 'en-GB').forViewer).toBeNull();
  });

  it('speaks German to German viewers', () => {
    expect(readableTime(hamburg, 'Europe/Berlin', 'de-DE').atVenue).toBe(
      'Donnerstag, 3. Dezember 2026, 18:30 – 21:00',
    );
  });
});

describe('calendarLinks', () => {
  const links = calendarLinks({
    id: 'a1b2',
    title: 'Rust & Kaffee',
    startsAt: hamburg.startsAt,
    endsAt: hamburg.endsAt,
    place: 'Betahaus, Hamburg',
    pageUrl: 'https://neuland.example/m/a1b2',
  });

  it('points .ics at the API', () => {
    expect(links.ics).toBe('/api/v1/meetups/a1b2/calendar.ics');
  });

  it('gives Google the times in UTC and the title escaped', () => {
    const google = new URL(links.google);
    expect(google.searchParams.get('dates')).toBe('20261203T173000Z/20261203T200000Z');
    expect(google.searchParams.get('text')).toBe('Rust & Kaffee');
  });

  it('gives Outlook ISO times', () => {
    expect(new URL(links.outlook).searchParams.get('startdt')).toBe('2026-12-03T17:30:00.000Z');
  });
});

describe('openStreetMapLink', () => {
  it('searches for the venue, address and city, leaving out what is missing', () => {
    expect(openStreetMapLink(['Betahaus', null, 'Hamburg'])).toBe(
      'https://www.openstreetmap.org/search?query=Betahaus%2C%20Hamburg',
    );
  });
});
