// Calendars are parsed with node-ical, a real iCalendar parser, never by string matching alone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical, { type VEvent } from 'node-ical';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { hostileCalendarText, readableAsText } from './support/hostile-text.js';
import { database, makeMeetup, NEXT_YEAR, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';

const eventsIn = (ics: string): VEvent[] =>
  Object.values(ical.sync.parseICS(ics)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );

describe('calendars', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const meetupIcs = async (meetupId: string, bearer?: string) => {
    const request = api.http().get(`/api/v1/meetups/${meetupId}/calendar.ics`);
    if (bearer) request.set('Authorization', bearer);
    const response = await request.expect(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    return response.text;
  };

  it('serves a meetup as a valid calendar in its own time zone with a stable UID', async () => {
    const meetup = await makeMeetup(api, organiser, {
      title: 'Karriere-Abend',
      startsAt: `${NEXT_YEAR}-01-14T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-01-14T21:00:00+01:00`,
      timeZone: 'Europe/Berlin',
    });
    const ics = await meetupIcs(meetup.id);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(ics).toContain(`DTSTART;TZID=Europe/Berlin:${NEXT_YEAR}0114T183000`);
    const [event] = eventsIn(ics);
    expect(event.uid).toBe(`meetup-${meetup.id}@neuland`);
    expect(event.summary).toBe('Karriere-Abend');
    expect(event.start.toISOString()).toBe(`${NEXT_YEAR}-01-14T17:30:00.000Z`);
    expect(event.end!.toISOString()).toBe(`${NEXT_YEAR}-01-14T20:00:00.000Z`);
    expect(event.start.tz).toBe('Europe/Berlin');
    expect(event.status).toBe('CONFIRMED');
    expect(eventsIn(await meetupIcs(meetup.id))[0].uid).toBe(event.uid);
  });

  it('keeps the local time right in a zone far from the server, across daylight saving', async () => {
    const meetup = await makeMeetup(api, organiser, {
      startsAt: `${NEXT_YEAR}-07-01T19:00:00-04:00`,
      endsAt: `${NEXT_YEAR}-07-01T21:00:00-04:00`,
      timeZone: 'America/New_York',
    });
    const ics = await meetupIcs(meetup.id);
    expect(ics).toContain(`DTSTART;TZID=America/New_York:${NEXT_YEAR}0701T190000`);
    expect(eventsIn(ics)[0].start.toISOString()).toBe(`${NEXT_YEAR}-07-01T23:00:00.000Z`);
  });

  it('raises SEQUENCE on every change and marks a cancelled meetup STATUS:CANCELLED', async () => {
    const meetup = await makeMeetup(api, organiser);
    const sequences = [Number(eventsIn(await meetupIcs(meetup.id))[0].sequence)];
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ title: 'Neu' })
      .expect(200);
    sequences.push(Number(eventsIn(await meetupIcs(meetup.id))[0].sequence));
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ venueName: 'Elbphilharmonie' })
      .expect(200);
    sequences.push(Number(eventsIn(await meetupIcs(meetup.id))[0].sequence));
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'Sturm' })
      .expect(200);
    const [cancelled] = eventsIn(await meetupIcs(meetup.id));
    sequences.push(Number(cancelled.sequence));
    expect(sequences.every((sequence, index) => index === 0 || sequence > sequences[index - 1])).toBe(true);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.uid).toBe(`meetup-${meetup.id}@neuland`);
  });

  it('hides the calendar of an invite-only meetup from people who may not see it', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    await api.http().get(`/api/v1/meetups/${meetup.id}/calendar.ics`).expect(404);
    expect(eventsIn(await meetupIcs(meetup.id, organiser.bearer))).toHaveLength(1);
  });

  describe('text written straight into the database, line breaks and calendar syntax included', () => {
    const hostile = hostileCalendarText();

    /** Gives a meetup texts that bypass the API's rules, as old rows or another writer might have them. */
    const writeHostileText = (meetupId: string, status: 'published' | 'cancelled') =>
      database(api).query(
        `UPDATE meetup SET title = $2, description = $3, venue_name = $4, address = $5, city = $6,
                cancellation_message = $7, status = $8 WHERE id = $1`,
        [
          meetupId,
          hostile.title,
          hostile.description,
          hostile.venueName,
          hostile.address,
          hostile.city,
          hostile.message,
          status,
        ],
      );

    const expectOneIntactEvent = (ics: string, expectedName: string) => {
      const parsed = ical.sync.parseICS(ics);
      const events = eventsIn(ics);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event.summary).toContain(readableAsText(hostile.title));
      expect(event.description).toContain(readableAsText(hostile.description));
      expect(event.location).toBe(
        [hostile.venueName, hostile.address, hostile.city].map(readableAsText).join(', '),
      );
      const calendar = parsed.vcalendar as unknown as Record<string, string>;
      expect(calendar['WR-CALNAME']).toBe(readableAsText(expectedName));
      expect(calendar.name).toBe(readableAsText(expectedName));
      const components = Object.values(parsed).map((component) => component!.type);
      expect(components.filter((type) => type !== 'VTIMEZONE').sort()).toEqual(['VCALENDAR', 'VEVENT']);
      // RFC 5545: lines end in CRLF and are folded at 75 octets; no bare CR or LF anywhere.
      for (const line of ics.split('\r\n')) {
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        expect(line).not.toMatch(/[\r\n]/);
      }
    };

    it('keeps a meetup calendar to its one event, the hostile text intact as text', async () => {
      const meetup = await makeMeetup(api, organiser);
      await writeHostileText(meetup.id, 'published');
      expectOneIntactEvent(await meetupIcs(meetup.id), hostile.title);
    });

    it('keeps the personal feed to its events, a cancellation message included', async () => {
      const [member] = await makeMembers(api, 1);
      const meetup = await makeMeetup(api, organiser);
      await rsvp(api, member, meetup.id).expect(200);
      await writeHostileText(meetup.id, 'cancelled');
      const feed = await api.http().post('/api/v1/calendar/feed').set('Authorization', member.bearer);
      const ics = (await api.http().get(new URL(feed.body.url).pathname).expect(200)).text;
      expectOneIntactEvent(ics, 'Neuland: my meetups');
      expect(eventsIn(ics)[0].description).toContain(readableAsText(hostile.message));
    });
  });

  describe('personal feed', () => {
    it('lists every meetup I am going to, in each meetup’s zone, including cancelled ones', async () => {
      const [member] = await makeMembers(api, 1);
      const berlin = await makeMeetup(api, organiser, { timeZone: 'Europe/Berlin' });
      const tokyo = await makeMeetup(api, organiser, { timeZone: 'Asia/Tokyo' });
      const full = await makeMeetup(api, organiser, { capacity: 1 });
      const notMine = await makeMeetup(api, organiser);
      await rsvp(api, member, berlin.id).expect(200);
      await rsvp(api, member, tokyo.id).expect(200);
      await rsvp(api, organiser, full.id).expect(200);
      await rsvp(api, member, full.id).expect(200); // waitlisted: not in the feed
      await api
        .http()
        .post(`/api/v1/meetups/${tokyo.id}/cancel`)
        .set('Authorization', organiser.bearer)
        .send({ message: 'Taifun' })
        .expect(200);

      const feed = await api
        .http()
        .post('/api/v1/calendar/feed')
        .set('Authorization', member.bearer)
        .expect(200);
      const path = new URL(feed.body.url).pathname;
      expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
      const ics = (await api.http().get(path).expect(200)).text;
      const events = eventsIn(ics);
      expect(events.map((event) => event.uid).sort()).toEqual(
        [`meetup-${berlin.id}@neuland`, `meetup-${tokyo.id}@neuland`].sort(),
      );
      expect(events.find((event) => event.uid.includes(tokyo.id))).toMatchObject({ status: 'CANCELLED' });
      expect(events.find((event) => event.uid.includes(tokyo.id))!.start.tz).toBe('Asia/Tokyo');
      expect(ics).toContain('TZID:Asia/Tokyo');
      expect(ics).toContain('TZID:Europe/Berlin');
      expect(ics).not.toContain(notMine.id);
    });

    it('tells whether I have a feed and since when, without showing or changing its URL', async () => {
      const [member, other] = await makeMembers(api, 2);
      const status = () => api.http().get('/api/v1/calendar/feed').set('Authorization', member.bearer);
      await status().expect(200, { createdAt: null });
      const before = Date.now();
      const { url } = (
        await api.http().post('/api/v1/calendar/feed').set('Authorization', member.bearer).expect(200)
      ).body;
      const { body } = await status().expect(200);
      expect(Object.keys(body)).toEqual(['createdAt']);
      expect(new Date(body.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1_000);
      await status().expect(200, body);
      await api.http().get(new URL(url).pathname).expect(200); // reading the status rotated nothing
      await api
        .http()
        .get('/api/v1/calendar/feed')
        .set('Authorization', other.bearer)
        .expect(200, { createdAt: null });
      await api.http().get('/api/v1/calendar/feed').expect(401);
    });

    it('stops answering the old URL once the token is rotated', async () => {
      const [member] = await makeMembers(api, 1);
      const first = new URL(
        (await api.http().post('/api/v1/calendar/feed').set('Authorization', member.bearer).expect(200)).body
          .url,
      );
      await api.http().get(first.pathname).expect(200);
      const second = new URL(
        (await api.http().post('/api/v1/calendar/feed').set('Authorization', member.bearer).expect(200)).body
          .url,
      );
      expect(second.pathname).not.toBe(first.pathname);
      const gone = await api.http().get(first.pathname).expect(404);
      expect(gone.body.error).toBe('CALENDAR_FEED_NOT_FOUND');
      await api.http().get(second.pathname).expect(200);
      await api.http().get('/api/v1/calendar/guess.ics').expect(404);
    });
  });
});
