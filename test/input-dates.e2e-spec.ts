// Times the API takes are instants with an explicit offset, and meetups and trips lie in a range people plan in:
// no meetup in 1970 or in the year 9999, none without an end, no trip for a decade.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { dayFromToday } from './support/invitations.js';
import { database, makeMeetup } from './support/meetups.js';
import {
  bodyRoutes,
  documentedRoutes,
  queryParameters,
  type SchemaObject,
} from './support/openapi-routes.js';
import { fieldsNamedIn, refusesField, type RouteCaller, routeCaller } from './support/route-caller.js';
import { makeMember, type TestMember } from './support/members.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const iso = (time: number) => new Date(time).toISOString();

describe('dates and times', () => {
  let api: ApiHarness;
  let caller: RouteCaller;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    caller = await routeCaller(api);
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const createMeetup = (startsAt: string, endsAt: string, fields: Record<string, unknown> = {}) =>
    api
      .http()
      .post('/api/v1/meetups')
      .set('Authorization', organiser.bearer)
      .send({
        title: 'Termin-Test',
        city: 'Hamburg',
        timeZone: 'Europe/Berlin',
        startsAt,
        endsAt,
        ...fields,
      });
  const editMeetup = (id: string, fields: Record<string, unknown>) =>
    api.http().patch(`/api/v1/meetups/${id}`).set('Authorization', organiser.bearer).send(fields);

  it('refuses an instant without an offset in every body field and query parameter that takes one', async () => {
    const isInstant = (schema: SchemaObject | undefined) => schema?.format === 'date-time';
    const fields = [
      ...bodyRoutes(caller.document).flatMap((route) =>
        Object.entries(route.schema.properties ?? {})
          .filter(([, property]) => isInstant(property as SchemaObject))
          .map(([field]) => ({
            route,
            field,
            send: (value: string) => caller.send(route, { [field]: value }),
          })),
      ),
      ...documentedRoutes(caller.document).flatMap((route) =>
        queryParameters(route)
          .filter((parameter) => isInstant(parameter.schema as SchemaObject))
          .map(({ name: field }) => ({
            route,
            field,
            send: (value: string) => caller.get(route, { [field]: value }),
          })),
      ),
    ];
    expect(fields.map(({ route, field }) => `${route.label} ${field}`)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/meetups startsAt',
        'POST /api/v1/meetups endsAt',
        'POST /api/v1/meetups rsvpDeadline',
        'PATCH /api/v1/meetups/{id} startsAt',
        'GET /api/v1/meetups from',
        'GET /api/v1/meetups to',
      ]),
    );
    const accepted: string[] = [];
    for (const { route, field, send } of fields) {
      for (const value of [
        '2027-03-04T18:30:00',
        '2027-03-04T18:30',
        '2027-03-04',
        '10000-01-01T00:00:00Z',
      ]) {
        const response = await send(value);
        if (!refusesField(response, field))
          accepted.push(`${route.label} ${field}=${value}: ${response.status}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('takes instants with Z or an offset', async () => {
    const start = Date.now() + 30 * DAY;
    const created = await createMeetup(iso(start), iso(start + 2 * HOUR)).expect(201);
    const berlin = new Date(start).toISOString().slice(0, 16) + ':00+01:00';
    await editMeetup(created.body.id, { startsAt: berlin, endsAt: iso(start + 3 * HOUR) }).expect(200);
    await api
      .http()
      .get('/api/v1/meetups')
      .query({ from: berlin, to: iso(start + DAY) })
      .expect(200);
  });

  it('refuses a new meetup that starts in the past or more than three years ahead', async () => {
    const cases: [string, number][] = [
      ['in 1970', 0],
      ['an hour ago', Date.now() - HOUR],
      ['in the year 9999', Date.parse('9999-06-01T18:00:00Z')],
      ['three years and a day ahead', Date.now() + 3 * YEAR + DAY],
    ];
    for (const [when, start] of cases) {
      const response = await createMeetup(iso(start), iso(start + 2 * HOUR));
      expect({ when, status: response.status, fields: fieldsNamedIn(response) }).toEqual({
        when,
        status: 400,
        fields: ['startsAt'],
      });
    }
    const almostThreeYears = Date.now() + 3 * YEAR - DAY;
    await createMeetup(iso(almostThreeYears), iso(almostThreeYears + 2 * HOUR)).expect(201);
  });

  it('refuses a meetup that ends before it starts or lasts more than two weeks', async () => {
    const start = Date.now() + 30 * DAY;
    for (const end of [start, start - HOUR, start + 15 * DAY]) {
      const response = await createMeetup(iso(start), iso(end));
      expect({ status: response.status, fields: fieldsNamedIn(response) }).toEqual({
        status: 400,
        fields: ['endsAt'],
      });
    }
    await createMeetup(iso(start), iso(start + 14 * DAY)).expect(201);
  });

  it('lets hosts edit a meetup that has started, but not move its start into the past', async () => {
    const meetup = await makeMeetup(api, organiser);
    const startedAt = new Date(Date.now() - HOUR);
    await database(api).query(`UPDATE meetup SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
      meetup.id,
      startedAt,
      new Date(startedAt.getTime() + 3 * HOUR),
    ]);
    await editMeetup(meetup.id, { title: 'Läuft schon' }).expect(200);
    await editMeetup(meetup.id, {
      startsAt: iso(startedAt.getTime()),
      endsAt: iso(Date.now() + 4 * HOUR),
    }).expect(200);
    const moved = await editMeetup(meetup.id, { startsAt: iso(startedAt.getTime() - DAY) }).expect(400);
    expect(fieldsNamedIn(moved)).toEqual(['startsAt']);
    const tooFar = await editMeetup(meetup.id, { startsAt: iso(Date.now() + 4 * YEAR) }).expect(400);
    expect(fieldsNamedIn(tooFar)).toContain('startsAt');
  });

  it('refuses trips more than two years ahead, longer than three months, or on impossible dates', async () => {
    const announce = (startsOn: string, endsOn: string) =>
      api
        .http()
        .post('/api/v1/me/trips')
        .set('Authorization', organiser.bearer)
        .send({ city: 'Leipzig', startsOn, endsOn });
    const cases: [string, string, string][] = [
      [dayFromToday(800), dayFromToday(802), 'startsOn'],
      [dayFromToday(1), dayFromToday(100), 'endsOn'],
      ['10000-01-01', '10000-01-02', 'startsOn'],
      ['0000-01-01', dayFromToday(2), 'startsOn'],
    ];
    for (const [startsOn, endsOn, field] of cases) {
      const response = await announce(startsOn, endsOn);
      expect({ startsOn, status: response.status, fields: fieldsNamedIn(response) }).toEqual({
        startsOn,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    await announce(dayFromToday(700), dayFromToday(790)).expect(201);
  });
});
