// Series of a circle's meetups: made as real meetups the window ahead, idempotently by the worker, and changed or
// cancelled one occurrence at a time or from one on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { makeCircle, makeCircleMeetup, makeSeries, type SeriesBody } from './support/circles.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';

const DAY = 24 * 60 * 60 * 1000;
const ZONE = 'Europe/Berlin';

/** The first Tuesday at 19:00 in Berlin at least two days from now. */
function nextTuesdayEvening(): DateTime {
  let day = DateTime.now()
    .setZone(ZONE)
    .plus({ days: 2 })
    .set({ hour: 19, minute: 0, second: 0, millisecond: 0 });
  while (day.weekday !== 2) day = day.plus({ days: 1 });
  return day;
}

describe('meetup series', () => {
  let pipeline: Pipeline;
  let owner: TestMember;
  let slug: string;

  beforeAll(async () => {
    pipeline = await startPipeline();
    owner = await makeMember(pipeline.api, { role: 'organiser', displayName: 'Silke Schröder' });
    slug = (await makeCircle(pipeline.api, owner)).slug;
  });
  afterAll(() => pipeline.close());

  const as = (member: TestMember) => ({
    get: (path: string) => pipeline.api.http().get(path).set('Authorization', member.bearer),
    post: (path: string, body: object = {}) =>
      pipeline.api.http().post(path).set('Authorization', member.bearer).send(body),
    patch: (path: string, body: object) =>
      pipeline.api.http().patch(path).set('Authorization', member.bearer).send(body),
  });
  const meetup = async (id: string) => (await as(owner).get(`/api/v1/meetups/${id}`).expect(200)).body;
  const series = async (id: string): Promise<SeriesBody> =>
    (await as(owner).get(`/api/v1/circles/${slug}/series/${id}`).expect(200)).body;
  const occurrenceRows = async (seriesIds: string[]) =>
    (
      await pipeline.pool.query<{ occurs_at: Date; meetup_id: string }>(
        `SELECT occurs_at, meetup_id FROM circle_series_occurrence WHERE series_id = ANY($1) ORDER BY occurs_at`,
        [seriesIds],
      )
    ).rows;
  const weekly = async () => {
    const first = nextTuesdayEvening();
    const made = await makeSeries(pipeline.api, owner, slug, {
      rule: 'FREQ=WEEKLY;BYDAY=TU',
      firstStart: first.toISO()!,
    });
    return { first, made };
  };

  describe('creating a series', () => {
    it('makes and publishes a meetup in the circle for every Tuesday of the eight weeks ahead', async () => {
      const requestedAt = DateTime.now();
      const { first, made } = await weekly();
      const expected: DateTime[] = [];
      for (let start = first; start <= requestedAt.plus({ weeks: 8 }); start = start.plus({ weeks: 1 })) {
        expected.push(start);
      }
      expect(made.occurrences.map((o) => DateTime.fromISO(o.occursAt).toMillis())).toEqual(
        expected.map((start) => start.toMillis()),
      );
      for (const occurrence of made.occurrences) {
        const shown = await meetup(occurrence.meetupId);
        expect(shown).toMatchObject({ status: 'published', title: 'Karriereexperten: Stammtisch' });
        expect(DateTime.fromISO(shown.startsAt).setZone(ZONE).toFormat('ccc HH:mm')).toBe('Tue 19:00');
      }
      const listed = await pipeline.api.http().get(`/api/v1/circles/${slug}/meetups`).expect(200);
      const listedIds = listed.body.items.map((item: { id: string }) => item.id);
      expect(listedIds).toEqual(expect.arrayContaining(made.occurrences.map((o) => o.meetupId)));
    });

    it('stops at the count the rule gives', async () => {
      const made = await makeSeries(pipeline.api, owner, slug, {
        rule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=3',
        firstStart: nextTuesdayEvening().plus({ days: 2 }).toISO()!,
      });
      expect(made.occurrences).toHaveLength(3);
      await pipeline.sweep();
      expect(await occurrenceRows([made.id])).toHaveLength(3);
    });

    it('refuses a rule it cannot read or does not do, with a clear code', async () => {
      const start = nextTuesdayEvening();
      const body = {
        title: 'Stammtisch',
        city: 'Hamburg',
        startsAt: start.toISO(),
        endsAt: start.plus({ hours: 2 }).toISO(),
        timeZone: ZONE,
      };
      for (const rule of [
        'FREQ=WEEKLY;BYDAY=XX',
        'FREQ=DAILY',
        'FREQ=WEEKLY;BYHOUR=3',
        'FREQ=WEEKLY;COUNT=100000',
      ]) {
        const refused = await as(owner)
          .post(`/api/v1/circles/${slug}/series`, { ...body, rule })
          .expect(400);
        expect(refused.body.error).toBe('INVALID_RECURRENCE_RULE');
      }
    });

    it('refuses members who do not organise the circle, and guests', async () => {
      const member = await makeMember(pipeline.api);
      const start = nextTuesdayEvening();
      const body = {
        title: 'Stammtisch',
        city: 'Hamburg',
        startsAt: start.toISO(),
        endsAt: start.plus({ hours: 2 }).toISO(),
        timeZone: ZONE,
        rule: 'FREQ=WEEKLY',
      };
      await pipeline.api.http().put(`/api/v1/circles/${slug}/membership`).set('Authorization', member.bearer);
      const refused = await as(member).post(`/api/v1/circles/${slug}/series`, body).expect(403);
      expect(refused.body.error).toBe('NOT_CIRCLE_ORGANISER');
      await pipeline.api.http().post(`/api/v1/circles/${slug}/series`).send(body).expect(401);
    });
  });

  describe('the worker', () => {
    it('makes each occurrence once, however often and by however many sweeps it is asked', async () => {
      const { made } = await weekly();
      await Promise.all([pipeline.sweep(), pipeline.sweep()]);
      await pipeline.sweep();
      expect(await occurrenceRows([made.id])).toHaveLength(made.occurrences.length);

      pipeline.clock.advance(7 * DAY);
      await Promise.all([pipeline.sweep(), pipeline.sweep()]);
      const rows = await occurrenceRows([made.id]);
      expect(rows).toHaveLength(made.occurrences.length + 1);
      expect(new Set(rows.map((row) => row.meetup_id)).size).toBe(rows.length);
      const last = rows.at(-1)!;
      expect(DateTime.fromJSDate(last.occurs_at).setZone(ZONE).toFormat('ccc HH:mm')).toBe('Tue 19:00');
      expect((await meetup(last.meetup_id)).status).toBe('published');
    });
  });

  describe('changing and cancelling', () => {
    it('edits this one only, and the worker neither reverts nor remakes it', async () => {
      const { made } = await weekly();
      await pipeline.sweep();
      const before = (await occurrenceRows([made.id])).length;
      const [first, second] = made.occurrences;
      const later = DateTime.fromISO(second.occursAt).plus({ minutes: 30 });
      await as(owner)
        .patch(`/api/v1/meetups/${second.meetupId}`, {
          title: 'Stammtisch mit Gast',
          startsAt: later.toISO(),
          endsAt: later.plus({ hours: 2 }).toISO(),
        })
        .expect(200);
      await pipeline.sweep();
      expect((await meetup(second.meetupId)).title).toBe('Stammtisch mit Gast');
      expect((await meetup(first.meetupId)).title).toBe('Karriereexperten: Stammtisch');
      expect(await occurrenceRows([made.id])).toHaveLength(before);
    });

    it('edits this and all following: earlier ones stay, later ones and new ones take the change', async () => {
      const { made } = await weekly();
      await pipeline.sweep();
      const before = (await occurrenceRows([made.id])).length;
      const [first, second, third] = made.occurrences;
      const changed = await as(owner)
        .patch(`/api/v1/circles/${slug}/series/${made.id}/occurrences/${third.meetupId}/following`, {
          title: 'Stammtisch (neue Zeit)',
          startTime: '19:30',
          durationMinutes: 90,
        })
        .expect(200);
      const next: SeriesBody = changed.body;
      expect(next.id).not.toBe(made.id);
      expect(next.startTime).toBe('19:30');
      expect(next.occurrences[0].meetupId).toBe(third.meetupId);
      expect((await series(made.id)).occurrences.map((o) => o.meetupId)).toEqual([
        first.meetupId,
        second.meetupId,
      ]);

      for (const earlier of [first, second]) {
        const shown = await meetup(earlier.meetupId);
        expect(shown.title).toBe('Karriereexperten: Stammtisch');
        expect(DateTime.fromISO(shown.startsAt).setZone(ZONE).toFormat('HH:mm')).toBe('19:00');
      }
      for (const following of next.occurrences) {
        const shown = await meetup(following.meetupId);
        expect(shown.title).toBe('Stammtisch (neue Zeit)');
        const start = DateTime.fromISO(shown.startsAt).setZone(ZONE);
        expect(start.toFormat('ccc HH:mm')).toBe('Tue 19:30');
        expect(DateTime.fromISO(shown.endsAt).diff(start, 'minutes').minutes).toBe(90);
      }

      pipeline.clock.advance(7 * DAY);
      await pipeline.sweep();
      await pipeline.sweep();
      const rows = await occurrenceRows([made.id, next.id]);
      expect(rows).toHaveLength(before + 1);
      const newest = await meetup(rows.at(-1)!.meetup_id);
      expect(newest.title).toBe('Stammtisch (neue Zeit)');
      expect(DateTime.fromISO(newest.startsAt).setZone(ZONE).toFormat('ccc HH:mm')).toBe('Tue 19:30');
    });

    it('cancels one occurrence without touching the rest, and the worker does not make it again', async () => {
      const { made } = await weekly();
      await pipeline.sweep();
      const before = (await occurrenceRows([made.id])).length;
      const [first, second, third] = made.occurrences;
      await as(owner)
        .post(`/api/v1/meetups/${second.meetupId}/cancel`, { message: 'Die Bar hat geschlossen.' })
        .expect(200);
      await pipeline.sweep();
      expect((await meetup(second.meetupId)).status).toBe('cancelled');
      expect((await meetup(first.meetupId)).status).toBe('published');
      expect((await meetup(third.meetupId)).status).toBe('published');
      expect(await occurrenceRows([made.id])).toHaveLength(before);
    });

    it('cancels this and all following, and no later occurrence is made', async () => {
      const { made } = await weekly();
      await pipeline.sweep();
      const before = (await occurrenceRows([made.id])).length;
      const [first, second] = made.occurrences;
      await as(owner)
        .post(`/api/v1/circles/${slug}/series/${made.id}/occurrences/${second.meetupId}/cancel-following`, {
          message: 'Wir machen Sommerpause.',
        })
        .expect(200);
      expect((await meetup(first.meetupId)).status).toBe('published');
      for (const later of made.occurrences.slice(1))
        expect((await meetup(later.meetupId)).status).toBe('cancelled');
      pipeline.clock.advance(14 * DAY);
      await pipeline.sweep();
      expect(await occurrenceRows([made.id])).toHaveLength(before);
    });

    it('answers 404 for a meetup that is not an occurrence of the series, and refuses a non-organiser', async () => {
      const { made } = await weekly();
      const other = await weekly();
      const refused = await as(owner)
        .patch(
          `/api/v1/circles/${slug}/series/${made.id}/occurrences/${other.made.occurrences[0].meetupId}/following`,
          {
            title: 'Anders',
          },
        )
        .expect(404);
      expect(refused.body.error).toBe('SERIES_NOT_FOUND');
      const member = await makeMember(pipeline.api);
      await as(member)
        .patch(
          `/api/v1/circles/${slug}/series/${made.id}/occurrences/${made.occurrences[0].meetupId}/following`,
          {
            title: 'Gekapert',
          },
        )
        .expect(403);
      expect((await meetup(made.occurrences[0].meetupId)).title).toBe('Karriereexperten: Stammtisch');
    });

    it("tells an occurrence's page which series it belongs to", async () => {
      const { made } = await weekly();
      const shown = await pipeline.api
        .http()
        .get(`/api/v1/meetups/${made.occurrences[1].meetupId}/series`)
        .expect(200);
      expect(shown.body).toMatchObject({
        id: made.id,
        circleSlug: slug,
        occursAt: made.occurrences[1].occursAt,
      });
      // A meetup of no series answers so without an error: every meetup page asks.
      const single = await makeCircleMeetup(pipeline.api, owner, slug);
      const none = await pipeline.api.http().get(`/api/v1/meetups/${single.id}/series`).expect(204);
      expect(none.text).toBe('');
    });
  });
});
