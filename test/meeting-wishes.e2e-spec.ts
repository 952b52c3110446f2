// "I'd like to meet you" end to end: only when both marked each other are both told (one mail each, a mark on the
// meetup page). A one-sided wish leaves no trace in anything either side can read: every GET route of the API
// document that either can call answers the same before and after it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiHarness } from './support/api-harness.js';
import { ledgerRows } from './support/ledger.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { chooseBuddy, wishToMeet } from './support/networking.js';
import { rowsReferencing } from './support/rows-referencing.js';
import { mailsTo } from './support/smtp-capture.js';
import { documentedRoutes, openApiDocument, pathOf } from './support/openapi-routes.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { block } from './support/social.js';

describe('meeting wishes', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } });
    ({ api } = pipeline);
  });
  afterAll(() => pipeline.close());

  async function meetupWith(...people: TestMember[]): Promise<string> {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    for (const person of people) await rsvp(api, person, meetup.id).expect(200);
    return meetup.id;
  }
  const wishesOf = async (member: TestMember, meetupId: string) =>
    (
      await api
        .http()
        .get(`/api/v1/meetups/${meetupId}/meeting-wishes`)
        .set('Authorization', member.bearer)
        .expect(200)
    ).body;
  const wishMailsTo = (member: TestMember) =>
    ledgerRows(pipeline.pool, { kind: 'meeting-wish-mutual', recipientId: member.id });

  /**
   * What `reader` gets from every GET route whose path names only the meetup, the other person or their handle:
   * status and body, by route. A route that answers differently to two calls in a row (a calendar's time stamp)
   * is left out of the comparison, and named.
   */
  async function everythingReadable(reader: TestMember, other: TestMember, meetupId: string) {
    const values = { id: meetupId, meetupId, userId: other.id, handle: other.handle };
    // The health routes speak of the process, not of people, and their timings may repeat by chance.
    const routes = documentedRoutes(openApiDocument(api)).filter(
      (route) =>
        route.method === 'get' &&
        !route.path.startsWith('/health') &&
        [...route.path.matchAll(/\{(\w+)\}/g)].every(([, name]) => name in values),
    );
    const answers = new Map<string, unknown>();
    for (const route of routes) {
      const call = () =>
        api
          .http()
          .get(pathOf(route, values))
          .set('Authorization', reader.bearer)
          .then((response) => ({ status: response.status, body: response.body, text: response.text }));
      answers.set(route.label, await call());
    }
    return answers;
  }

  it('tells nobody anything of a one-sided wish: every answer to either side stays the same', async () => {
    const wisher = await makeMember(api, { displayName: 'Wilma Wisher' });
    const wished = await makeMember(api, { displayName: 'Willi Wished' });
    const meetupId = await meetupWith(wisher, wished);
    const before = {
      wisher: await everythingReadable(wisher, wished, meetupId),
      wished: await everythingReadable(wished, wisher, meetupId),
    };
    const again = {
      wisher: await everythingReadable(wisher, wished, meetupId),
      wished: await everythingReadable(wished, wisher, meetupId),
    };
    const steady = (side: 'wisher' | 'wished') =>
      [...before[side].keys()].filter(
        (label) => JSON.stringify(before[side].get(label)) === JSON.stringify(again[side].get(label)),
      );
    // The comparison covers the meetup's page, its attendees, the people one knows there, the other's profile and
    // every networking route.
    for (const side of ['wisher', 'wished'] as const) {
      expect(steady(side)).toEqual(
        expect.arrayContaining([
          'GET /api/v1/meetups/{id}',
          'GET /api/v1/meetups/{id}/attendees',
          'GET /api/v1/meetups/{id}/people-you-know',
          'GET /api/v1/meetups/{id}/meeting-wishes',
          'GET /api/v1/meetups/{id}/buddy',
          'GET /api/v1/meetups/{id}/we-met',
          'GET /api/v1/profiles/{handle}',
          'GET /api/v1/me/meetups',
        ]),
      );
    }

    await wishToMeet(api, wisher, meetupId, wished).expect(204);
    await pipeline.catchUp();

    const after = {
      wisher: await everythingReadable(wisher, wished, meetupId),
      wished: await everythingReadable(wished, wisher, meetupId),
    };
    for (const label of steady('wished'))
      expect([label, after.wished.get(label)]).toEqual([label, before.wished.get(label)]);
    // The wisher sees their own mark, and only that: nothing else in any answer moved.
    const ownMarks = 'GET /api/v1/meetups/{id}/meeting-wishes';
    for (const label of steady('wisher').filter((each) => each !== ownMarks))
      expect([label, after.wisher.get(label)]).toEqual([label, before.wisher.get(label)]);
    expect((after.wisher.get(ownMarks) as { body: unknown }).body).toEqual({
      wishedUserIds: [wished.id],
      mutual: [],
    });
    expect(await wishMailsTo(wished)).toEqual([]);
    expect(await wishMailsTo(wisher)).toEqual([]);
    const events = await pipeline.pool.query(
      `SELECT 1 FROM outbox_event WHERE topic = 'networking.wish_mutual'
        AND payload::text LIKE '%' || $1 || '%'`,
      [wisher.id],
    );
    expect(events.rows).toEqual([]);
  });

  it("tells both, once each, when both marked each other, and marks each on the other's meetup page", async () => {
    const anna = await makeMember(api, { displayName: 'Anna Andersen' });
    const ben = await makeMember(api, { displayName: 'Ben Becker' });
    const meetupId = await meetupWith(anna, ben);

    await wishToMeet(api, anna, meetupId, ben).expect(204);
    await pipeline.catchUp();
    expect(await wishMailsTo(ben)).toEqual([]);
    await wishToMeet(api, ben, meetupId, anna).expect(204);
    await pipeline.catchUp();

    for (const [reader, other] of [
      [anna, ben],
      [ben, anna],
    ]) {
      const mails = await wishMailsTo(reader);
      expect(mails.map((mail) => mail.status)).toEqual(['sent']);
      const [mail] = pipeline.smtp
        .acceptedTo(reader.email)
        .filter((each) => each.subject?.includes(other.displayName));
      expect(mail.subject).toBe(`${other.displayName} möchte Dich auch kennenlernen`);
      expect(mail.text).toContain(`@${other.handle}`);
      expect(await wishesOf(reader, meetupId)).toMatchObject({
        wishedUserIds: [other.id],
        mutual: [{ userId: other.id, handle: other.handle, displayName: other.displayName }],
      });
    }

    // Marking again, or taking a mark back and setting it again, tells nobody a second time.
    await wishToMeet(api, ben, meetupId, anna).expect(204);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetupId}/meeting-wishes/${anna.id}`)
      .set('Authorization', ben.bearer)
      .expect(204);
    expect((await wishesOf(anna, meetupId)).mutual).toEqual([]);
    await wishToMeet(api, ben, meetupId, anna).expect(204);
    await pipeline.catchUp();
    expect(await wishMailsTo(anna)).toHaveLength(1);
    expect(await wishMailsTo(ben)).toHaveLength(1);
  });

  it('never tells across a block, and takes marks only on going attendees one can see', async () => {
    const carla = await makeMember(api);
    const dora = await makeMember(api);
    const hidden = await makeMember(api, { profile: { attendanceVisibility: 'private' } });
    const elsewhere = await makeMember(api);
    const meetupId = await meetupWith(carla, dora, hidden);
    await block(api, dora, carla);

    await wishToMeet(api, carla, meetupId, dora).expect(204);
    await wishToMeet(api, dora, meetupId, carla).expect(204);
    await pipeline.catchUp();
    expect((await wishesOf(carla, meetupId)).mutual).toEqual([]);
    expect((await wishesOf(dora, meetupId)).mutual).toEqual([]);
    expect(await wishMailsTo(carla)).toEqual([]);
    expect(await wishMailsTo(dora)).toEqual([]);

    for (const target of [hidden, elsewhere, carla]) {
      const refused = await wishToMeet(api, carla, meetupId, target).expect(404);
      expect(refused.body.error).toBe('ATTENDEE_NOT_FOUND');
    }
    const withoutSeat = await wishToMeet(api, elsewhere, meetupId, carla).expect(409);
    expect(withoutSeat.body.error).toBe('NOT_GOING_TO_MEETUP');
  });

  it('exports my own choices and marks, never a one-sided wish about me, and erases them with my account', async () => {
    const me = await makeMember(api, { displayName: 'Paula Privat' });
    const admirer = await makeMember(api, { displayName: 'Armin Admirer' });
    const friend = await makeMember(api, { displayName: 'Frida Friend' });
    const meetupId = await meetupWith(me, admirer, friend);
    await chooseBuddy(api, me, meetupId, 'be_welcomed').expect(200);
    await wishToMeet(api, me, meetupId, friend).expect(204);
    await wishToMeet(api, admirer, meetupId, me).expect(204);

    await api.http().post('/api/v1/me/export').set('Authorization', me.bearer).expect(202);
    const [mail] = await mailsTo(pipeline.smtp, me.email, { subject: 'Deine Daten bei Neuland' });
    const path = /https?:\/\/[^/\s]+(\/api\/v1\/exports\/[0-9a-f-]+\/data\.json\?token=[A-Za-z0-9_-]+)/.exec(
      mail.text ?? '',
    )![1];
    const data = (await api.http().get(path).expect(200)).body;
    expect(data.networking).toEqual({
      buddyChoices: [expect.objectContaining({ meetupId, choice: 'be_welcomed' })],
      buddies: [],
      meetingWishes: [expect.objectContaining({ meetupId, wishedHandle: friend.handle })],
      weMet: [],
    });
    expect(JSON.stringify(data)).not.toContain(admirer.handle);

    await api
      .http()
      .delete('/api/v1/me')
      .set('Authorization', me.bearer)
      .send({ password: me.password })
      .expect(204);
    expect(await rowsReferencing(database(api), me.id)).toEqual([]);
    expect((await wishesOf(admirer, meetupId)).wishedUserIds).toEqual([]);
  });
});
