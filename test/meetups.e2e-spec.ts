import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMeetup, NEXT_YEAR, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';

describe('meetups', () => {
  let api: ApiHarness;
  let organiser: TestMember;
  let stranger: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
    [stranger] = await makeMembers(api, 1);
  });
  afterAll(() => api.close());

  it('creates a draft that only its hosts see, and shows times with offset and zone', async () => {
    const draft = await makeMeetup(api, organiser, {
      publish: false,
      startsAt: `${NEXT_YEAR}-01-14T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-01-14T21:00:00+01:00`,
      timeZone: 'Europe/Berlin',
      description: '**Bring** <script>alert(1)</script> [cards](javascript:alert(1))',
    });
    expect(draft).toMatchObject({
      status: 'draft',
      startsAt: `${NEXT_YEAR}-01-14T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-01-14T21:00:00+01:00`,
      timeZone: 'Europe/Berlin',
      viewerIsHost: true,
    });
    expect(draft.descriptionHtml).toContain('<strong>Bring</strong>');
    expect(draft.descriptionHtml).not.toContain('<script');
    expect(draft.descriptionHtml).not.toContain('href="javascript');
    const hidden = await api
      .http()
      .get(`/api/v1/meetups/${draft.id}`)
      .set('Authorization', stranger.bearer)
      .expect(404);
    expect(hidden.body.error).toBe('MEETUP_NOT_FOUND');
    await api.http().get(`/api/v1/meetups/${draft.id}`).expect(404);
  });

  it('shows a summer meetup with the summer offset of its zone', async () => {
    const meetup = await makeMeetup(api, organiser, {
      startsAt: `${NEXT_YEAR}-07-01T16:00:00Z`,
      endsAt: `${NEXT_YEAR}-07-01T18:00:00Z`,
      timeZone: 'Europe/Berlin',
    });
    expect(meetup.startsAt).toBe(`${NEXT_YEAR}-07-01T18:00:00+02:00`);
  });

  it('lets a member with a verified address create a meetup under the default, open organiser policy', async () => {
    const response = await api
      .http()
      .post('/api/v1/meetups')
      .set('Authorization', stranger.bearer)
      .send({
        title: 'Mine',
        city: 'Kiel',
        startsAt: `${NEXT_YEAR}-01-01T10:00:00Z`,
        endsAt: `${NEXT_YEAR}-01-01T11:00:00Z`,
        timeZone: 'UTC',
      })
      .expect(201);
    expect(response.body.status).toBe('draft');
  });

  it('answers ends_at before starts_at with 400', async () => {
    const response = await api
      .http()
      .post('/api/v1/meetups')
      .set('Authorization', organiser.bearer)
      .send({
        title: 'Backwards',
        city: 'Kiel',
        startsAt: `${NEXT_YEAR}-01-01T12:00:00Z`,
        endsAt: `${NEXT_YEAR}-01-01T11:00:00Z`,
        timeZone: 'UTC',
      })
      .expect(400);
    expect(response.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ field: 'endsAt', message: expect.any(String) }],
    });
  });

  it('answers an unknown time zone with 400 naming the field', async () => {
    const response = await api
      .http()
      .post('/api/v1/meetups')
      .set('Authorization', organiser.bearer)
      .send({
        title: 'Nowhere',
        city: 'Kiel',
        startsAt: `${NEXT_YEAR}-01-01T10:00:00Z`,
        endsAt: `${NEXT_YEAR}-01-01T11:00:00Z`,
        timeZone: 'Mars/Olympus_Mons',
      })
      .expect(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    expect(response.body.details).toEqual([{ field: 'timeZone', message: expect.stringContaining('IANA') }]);
  });

  it('refuses fields nobody may write, such as status or goingCount', async () => {
    const meetup = await makeMeetup(api, organiser);
    const response = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ status: 'cancelled', goingCount: 0, organiserId: stranger.id })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'goingCount',
      'organiserId',
      'status',
    ]);
  });

  it('answers 403 to a member who sees the meetup but does not host it, and lets a co-host edit', async () => {
    const meetup = await makeMeetup(api, organiser);
    const forbidden = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', stranger.bearer)
      .send({ title: 'Taken over' })
      .expect(403);
    expect(forbidden.body.error).toBe('NOT_MEETUP_HOST');

    const [coHost] = await makeMembers(api, 1);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', coHost.bearer)
      .send({ userId: coHost.id })
      .expect(403);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', organiser.bearer)
      .send({ userId: coHost.id })
      .expect(204);
    const edited = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', coHost.bearer)
      .send({ title: 'Winter-Treffen' })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: 'Winter-Treffen',
      viewerIsHost: true,
      coHostIds: [coHost.id],
    });
  });

  it('lets an admin edit any meetup', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    const meetup = await makeMeetup(api, organiser);
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', admin.bearer)
      .send({ capacity: 5 })
      .expect(200);
  });

  it('answers 404 for an invite-only meetup to people without an invitation, and to anonymous callers', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    for (const request of [
      api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', stranger.bearer),
      api.http().get(`/api/v1/meetups/${meetup.id}`),
      api
        .http()
        .put(`/api/v1/meetups/${meetup.id}/rsvp`)
        .set('Authorization', stranger.bearer)
        .send({ status: 'going' }),
      api
        .http()
        .patch(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', stranger.bearer)
        .send({ title: 'Taken over' }),
      api.http().get(`/api/v1/meetups/${meetup.id}/calendar.ics`),
    ]) {
      const response = await request.expect(404);
      expect(response.body.error).toBe('MEETUP_NOT_FOUND');
    }
    await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', organiser.bearer).expect(200);
  });

  it('answers 404 for an unlisted draft, shows a published unlisted meetup by link but never lists it', async () => {
    const city = `Unlisted-${Date.now()}`;
    const draft = await makeMeetup(api, organiser, { visibility: 'unlisted', city, publish: false });
    await api.http().get(`/api/v1/meetups/${draft.id}`).set('Authorization', stranger.bearer).expect(404);
    const unlisted = await makeMeetup(api, organiser, { visibility: 'unlisted', city });
    await api.http().get(`/api/v1/meetups/${unlisted.id}`).set('Authorization', stranger.bearer).expect(200);
    const listed = await api.http().get(`/api/v1/meetups?city=${city}`).expect(200);
    expect(listed.body.items).toEqual([]);
  });

  it('lists upcoming published public meetups by city, topic, text and time, soonest first, page by page', async () => {
    const city = `Listing-${Date.now()}`;
    const day = (n: number) => new Date(Date.now() + n * 24 * 60 * 60 * 1000);
    const at = (n: number) => ({
      startsAt: day(n).toISOString(),
      endsAt: new Date(day(n).getTime() + 3600_000).toISOString(),
    });
    const third = await makeMeetup(api, organiser, {
      city,
      title: 'UX im Norden',
      topics: ['ux'],
      ...at(30),
    });
    const first = await makeMeetup(api, organiser, {
      city,
      title: 'Karriere-Abend',
      topics: ['career'],
      ...at(10),
    });
    const second = await makeMeetup(api, organiser, {
      city,
      title: 'Karriere-Frühstück',
      topics: ['career'],
      ...at(20),
    });
    await makeMeetup(api, organiser, { city, title: 'Draft', ...at(15), publish: false });
    const cancelled = await makeMeetup(api, organiser, { city, title: 'Abgesagt', ...at(16) });
    await api
      .http()
      .post(`/api/v1/meetups/${cancelled.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'Sorry' })
      .expect(200);

    const page1 = await api.http().get(`/api/v1/meetups?city=${city.toLowerCase()}&limit=2`).expect(200);
    expect(page1.body.items.map((m: { id: string }) => m.id)).toEqual([first.id, second.id]);
    const page2 = await api
      .http()
      .get(`/api/v1/meetups?city=${city}&limit=2&cursor=${page1.body.nextCursor}`)
      .expect(200);
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: third.id })], nextCursor: null });

    const byTopic = await api.http().get(`/api/v1/meetups?city=${city}&topic=career`).expect(200);
    expect(byTopic.body.items.map((m: { id: string }) => m.id)).toEqual([first.id, second.id]);
    const byText = await api.http().get(`/api/v1/meetups?city=${city}&q=frühstück`).expect(200);
    expect(byText.body.items.map((m: { id: string }) => m.id)).toEqual([second.id]);
    const byTime = await api
      .http()
      .get(
        `/api/v1/meetups?city=${city}&from=${encodeURIComponent(day(15).toISOString())}&to=${encodeURIComponent(day(25).toISOString())}`,
      )
      .expect(200);
    expect(byTime.body.items.map((m: { id: string }) => m.id)).toEqual([second.id]);
    const badCursor = await api.http().get('/api/v1/meetups?cursor=nonsense').expect(400);
    expect(badCursor.body.error).toBe('INVALID_CURSOR');
  });

  it('cancels with a message, shows it, and refuses a second cancellation and further edits', async () => {
    const meetup = await makeMeetup(api, organiser);
    const cancelled = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'The venue flooded.' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationMessage: 'The venue flooded.' });
    const again = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'x' })
      .expect(409);
    expect(again.body.error).toBe('MEETUP_CANCELLED');
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ title: 'Back' })
      .expect(409);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', stranger.bearer)
      .send({ message: 'x' })
      .expect(403);
  });

  it('refuses to lower capacity below the people already going', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 5 });
    for (const member of await makeMembers(api, 3)) await rsvp(api, member, meetup.id).expect(200);
    const response = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ capacity: 2 })
      .expect(409);
    expect(response.body.error).toBe('CAPACITY_BELOW_GOING');
  });

  it('answers a malformed meetup id with 400, not 500', async () => {
    const response = await api.http().get('/api/v1/meetups/not-a-uuid').expect(400);
    expect(response.body.statusCode).toBe(400);
  });

  it('documents the meetup endpoints in the OpenAPI document', async () => {
    const docs = await api.http().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/meetups',
        '/api/v1/meetups/{id}/rsvp',
        '/api/v1/meetups/{id}/calendar.ics',
      ]),
    );
    expect(docs.body.components.schemas.CreateMeetupDto.properties.timeZone).toBeDefined();
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/meetups/{id}/people-you-know',
        '/api/v1/meetups/{id}/attendees',
        '/api/v1/meetups/{id}/check-ins',
        '/api/v1/calendar/feed',
      ]),
    );
    const listParameters = docs.body.paths['/api/v1/meetups'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(listParameters).toEqual(
      expect.arrayContaining(['city', 'topic', 'from', 'to', 'q', 'known', 'limit', 'cursor']),
    );
  });
});
