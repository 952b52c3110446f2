// A page cursor is input like any other: every list in the OpenAPI document refuses cursors it did not hand out
// with 400 INVALID_CURSOR, and still follows the ones it did.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { dayFromToday, inviteByHandle } from './support/invitations.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import {
  type DocumentedRoute,
  documentedRoutes,
  openApiDocument,
  pathOf,
  queryParameters,
} from './support/openapi-routes.js';
import { makeContacts } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

const TAMPERED_CURSORS: Record<string, string> = {
  'not base64': '!!!not*base64!!!',
  'base64 of text that is not JSON': base64url('not json at all'),
  'a JSON object': base64url('{"startsAt":"2026-01-01T00:00:00.000Z"}'),
  'a JSON string': base64url('"2026-01-01T00:00:00.000Z"'),
  'an empty array': base64url('[]'),
  'an array of wrong types': base64url('["not-a-date","not-a-uuid"]'),
  'an array of three wrong types': base64url('["x",{"a":1},null]'),
  'a number too large for JSON': base64url('[1e400]'),
  'numbers where text belongs': base64url('[1,2]'),
  'an impossible date': base64url(`["2026-02-30T25:61:00.000Z","${randomUUID()}"]`),
  'a date beyond the year 9999': base64url(`["+275760-09-13T00:00:00.000Z","${randomUUID()}"]`),
  'an integer beyond a database integer': base64url(`[2147483648,"x","${randomUUID()}"]`),
  'text with a NUL character': base64url(`["a\\u0000b"]`),
  'a very long array': base64url(JSON.stringify(Array.from({ length: 120 }, (_, i) => i))),
};

describe('page cursors', () => {
  let api: ApiHarness;
  let host: TestMember;
  let lists: DocumentedRoute[];
  let paths: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    lists = documentedRoutes(openApiDocument(api)).filter(
      (route) => route.method === 'get' && queryParameters(route).some((p) => p.name === 'cursor'),
    );
    const city = `Kiel-${randomBytes(3).toString('hex')}`;
    // An admin may see every list.
    host = await makeMember(api, { role: 'admin', profile: { homeCity: city } });
    const meetup = await makeMeetup(api, host);
    await makeMeetup(api, host);
    // Two of everything, so that every list has a second page to follow.
    const friends = [await makeMember(api), await makeMember(api)];
    const organiser = await makeMember(api, { role: 'organiser' });
    for (const friend of friends) {
      await makeContacts(api, host, friend);
      await inviteByHandle(api, host, meetup.id, friend.handle);
      await rsvp(api, friend, meetup.id).expect(200);
      const trip = { city, startsOn: dayFromToday(3), endsOn: dayFromToday(5) };
      await api.http().post('/api/v1/me/trips').set('Authorization', friend.bearer).send(trip).expect(201);
      await api.http().post('/api/v1/me/trips').set('Authorization', host.bearer).send(trip).expect(201);
      const theirs = await makeMeetup(api, organiser);
      await inviteByHandle(api, organiser, theirs.id, host.handle);
    }
    // Organiser requests and reports for the admins' lists (and the audit trail of a decision).
    const asking = [...friends, await makeMember(api)];
    const requests: { id: string }[] = [];
    for (const member of asking) {
      const [request]: { id: string }[] = await database(api).query(
        `INSERT INTO organiser_request (user_id, message) VALUES ($1, 'Ich möchte Meetups machen.') RETURNING id`,
        [member.id],
      );
      requests.push(request);
      await api
        .http()
        .post('/api/v1/reports')
        .set('Authorization', host.bearer)
        .send({ subject: 'profile', subjectId: member.id, reason: 'Schreibt Werbung.' })
        .expect(201);
    }
    await api
      .http()
      .post(`/api/v1/admin/organiser-requests/${requests[0].id}/approve`)
      .set('Authorization', host.bearer)
      .expect(200);
    // Two public circles, and one with two members for its organisers' member list.
    const circle = await makeCircle(api, host);
    await makeCircle(api, host);
    await joinCircle(api, friends[0], circle.slug).expect(200);
    paths = { id: meetup.id, meetupId: meetup.id, handle: host.handle, slug: circle.slug };
  });
  afterAll(() => api.close());

  const get = (route: DocumentedRoute, query: Record<string, string | number>) =>
    api.http().get(pathOf(route, paths)).query(query).set('Authorization', host.bearer);

  it('finds the lists in the OpenAPI document', () => {
    expect(lists.map((route) => route.label)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/meetups',
        'GET /api/v1/meetups/{id}/attendees',
        'GET /api/v1/me/invitations',
        'GET /api/v1/me/coffee-offers',
        'GET /api/v1/admin/users',
        'GET /api/v1/profiles/{handle}/followers',
      ]),
    );
  });

  it('follows the cursor each list hands out to its second page', async () => {
    for (const route of lists) {
      const first = await get(route, { limit: 1 });
      expect({ route: route.label, status: first.status }).toEqual({
        route: route.label,
        status: 200,
      });
      expect({ route: route.label, nextCursor: typeof first.body.nextCursor }).toEqual({
        route: route.label,
        nextCursor: 'string',
      });
      const second = await get(route, { limit: 1, cursor: first.body.nextCursor });
      expect({ route: route.label, status: second.status }).toEqual({
        route: route.label,
        status: 200,
      });
      expect(second.body.items[0]).not.toEqual(first.body.items[0]);
    }
  });

  it('refuses every cursor it did not hand out with 400 INVALID_CURSOR, on every list', async () => {
    const answers: string[] = [];
    for (const route of lists) {
      for (const [kind, cursor] of Object.entries(TAMPERED_CURSORS)) {
        const response = await get(route, { cursor });
        answers.push(`${route.label} with ${kind}: ${response.status} ${response.body.error}`);
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(': 400 INVALID_CURSOR'))).toEqual([]);
  });
});
