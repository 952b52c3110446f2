// A weekly series across the DST changes of Berlin and New York: every occurrence stays at 19:00 local, as rrule's
// own expansion of the rule says, and as a real iCalendar parser reads the circle's feed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import ical, { type VEvent } from 'node-ical';
import rrulePackage from 'rrule';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeCircle, makeSeries, type SeriesBody } from './support/circles.js';
import { NEXT_YEAR } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

const { RRule } = rrulePackage;
const RULE = `FREQ=WEEKLY;BYDAY=TU;UNTIL=${NEXT_YEAR}1215`;
const FIRST = `${NEXT_YEAR}-02-02T19:00`;

const eventsIn = (ics: string): VEvent[] =>
  Object.values(ical.sync.parseICS(ics)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );

/** rrule's own expansion, in floating time (wall-clock fields written as UTC), as "yyyy-LL-dd HH:mm". */
function rruleWallTimes(): string[] {
  const first = DateTime.fromISO(FIRST, { zone: 'utc' });
  const rule = new RRule({ ...RRule.parseString(RULE), dtstart: first.toJSDate() });
  return rule.all().map((date) => DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('yyyy-LL-dd HH:mm'));
}

describe.each([{ zone: 'Europe/Berlin' }, { zone: 'America/New_York' }])(
  'a weekly series in $zone',
  ({ zone }) => {
    let api: ApiHarness;
    let owner: TestMember;
    let slug: string;
    let series: SeriesBody;

    beforeAll(async () => {
      // Two years ahead, so that the whole of next year's series is made whenever this runs.
      api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000', SERIES_WINDOW_WEEKS: '104' });
      owner = await makeMember(api, { role: 'organiser' });
      slug = (await makeCircle(api, owner, { city: zone === 'Europe/Berlin' ? 'Berlin' : 'New York' })).slug;
      series = await makeSeries(api, owner, slug, { rule: RULE, firstStart: FIRST, timeZone: zone });
    });
    afterAll(() => api.close());

    it("makes every occurrence rrule's expansion gives, each at 19:00 local on both sides of each change", () => {
      const local = series.occurrences.map((o) => DateTime.fromISO(o.occursAt).setZone(zone));
      expect(local.map((start) => start.toFormat('yyyy-LL-dd HH:mm'))).toEqual(rruleWallTimes());
      // Both offsets occur: the series crosses into summer time and back.
      expect(new Set(local.map((start) => start.offset)).size).toBe(2);
      for (const [index, start] of local.entries()) {
        expect(start.toFormat('ccc HH:mm')).toBe('Tue 19:00');
        if (index > 0) expect(start.diff(local[index - 1], 'days').days).toBeGreaterThanOrEqual(6.9);
      }
    });

    it("reads the same instants back from the circle's feed with node-ical, under stable UIDs", async () => {
      const feed = await api.http().get(`/api/v1/circles/${slug}/calendar.ics`).expect(200);
      expect(feed.headers['content-type']).toContain('text/calendar');
      const events = eventsIn(feed.text);
      const byUid = new Map(events.map((event) => [event.uid, event]));
      expect(events).toHaveLength(series.occurrences.length);
      for (const occurrence of series.occurrences) {
        const event = byUid.get(`meetup-${occurrence.meetupId}@neuland`);
        expect(event).toBeDefined();
        expect(event!.start.toISOString()).toBe(new Date(occurrence.occursAt).toISOString());
        expect(DateTime.fromJSDate(event!.start).setZone(zone).toFormat('HH:mm')).toBe('19:00');
        expect(event!.end!.getTime() - event!.start.getTime()).toBe(2 * 60 * 60 * 1000);
      }
      const again = await api.http().get(`/api/v1/circles/${slug}/calendar.ics`).expect(200);
      expect(eventsIn(again.text).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    });
  },
);
