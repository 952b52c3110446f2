// Circles: creating and editing them, their addresses, joining (open and by approval), roles, hand-over and bans.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { photo } from './support/images.js';
import { makeMember, type TestMember } from './support/members.js';

describe('circles', () => {
  let api: ApiHarness;
  let owner: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    owner = await makeMember(api, { role: 'organiser', displayName: 'Silke Schröder' });
  });
  afterAll(() => api.close());

  const get = (slug: string, member?: TestMember) => {
    const request = api.http().get(`/api/v1/circles/${slug}`);
    return member ? request.set('Authorization', member.bearer) : request;
  };
  const as = (member: TestMember) => ({
    post: (path: string, body: object = {}) =>
      api.http().post(path).set('Authorization', member.bearer).send(body),
    put: (path: string, body: object = {}) =>
      api.http().put(path).set('Authorization', member.bearer).send(body),
    patch: (path: string, body: object) =>
      api.http().patch(path).set('Authorization', member.bearer).send(body),
    delete: (path: string) => api.http().delete(path).set('Authorization', member.bearer),
    get: (path: string) => api.http().get(path).set('Authorization', member.bearer),
  });

  describe('creating and editing', () => {
    it('makes the creator its owner and first member, with the slug made from the name', async () => {
      const name = `Kaffee Kreis ${Date.now()}`;
      const response = await as(owner)
        .post('/api/v1/circles', {
          name,
          city: 'Hamburg',
          description: '**Jeden Monat** <script>alert(1)</script>',
          topics: ['career'],
        })
        .expect(201);
      expect(response.body).toMatchObject({
        slug: name.toLowerCase().replaceAll(' ', '-'),
        memberCount: 1,
        visibility: 'public',
        joinPolicy: 'open',
        owner: { userId: owner.id },
        viewer: { role: 'owner', isOrganiser: true },
      });
      expect(response.body.descriptionHtml).toContain('<strong>Jeden Monat</strong>');
      expect(response.body.descriptionHtml).not.toContain('<script');
      await get(response.body.slug).expect(200);
    });

    it('refuses members without a confirmed address, and answers 401 to guests', async () => {
      const unconfirmed = await makeMember(api, { verified: false });
      await as(unconfirmed)
        .post('/api/v1/circles', { name: 'Mein Kreis', city: 'Hamburg' })
        .expect(403)
        .expect((response) => expect(response.body.error).toBe('EMAIL_NOT_VERIFIED'));
      await api.http().post('/api/v1/circles').send({ name: 'Mein Kreis', city: 'Hamburg' }).expect(401);
    });

    it("refuses a slug of the app's own addresses beside the field, and a taken one with CIRCLE_SLUG_TAKEN", async () => {
      for (const slug of ['settings', 'admin', 'circles', 'API']) {
        const response = await as(owner)
          .post('/api/v1/circles', { name: 'Kreis', slug, city: 'Hamburg' })
          .expect(400);
        expect(response.body.details).toEqual(
          expect.arrayContaining([expect.objectContaining({ field: 'slug' })]),
        );
      }
      const circle = await makeCircle(api, owner);
      const taken = await as(owner)
        .post('/api/v1/circles', { name: 'Kreis', slug: circle.slug, city: 'Hamburg' })
        .expect(409);
      expect(taken.body.error).toBe('CIRCLE_SLUG_TAKEN');
    });

    it('gives a second circle of the same name the next free slug', async () => {
      const name = `Zwillinge ${Date.now()}`;
      const first = await as(owner).post('/api/v1/circles', { name, city: 'Köln' }).expect(201);
      const second = await as(owner).post('/api/v1/circles', { name, city: 'Köln' }).expect(201);
      expect(second.body.slug).toBe(`${first.body.slug}-2`);
    });

    it('lets organisers edit only the writable fields, and nobody else edit at all', async () => {
      const circle = await makeCircle(api, owner);
      const stranger = await makeMember(api, { role: 'organiser' });
      await as(stranger)
        .patch(`/api/v1/circles/${circle.slug}`, { name: 'Gekapert' })
        .expect(403)
        .expect((response) => expect(response.body.error).toBe('NOT_CIRCLE_ORGANISER'));
      await as(owner).patch(`/api/v1/circles/${circle.slug}`, { memberCount: 5000 }).expect(400);
      await as(owner).patch(`/api/v1/circles/${circle.slug}`, { name: null }).expect(400);
      const edited = await as(owner)
        .patch(`/api/v1/circles/${circle.slug}`, {
          name: 'Neuer Name',
          joinPolicy: 'approval',
          joinQuestion: 'Warum?',
        })
        .expect(200);
      expect(edited.body).toMatchObject({ name: 'Neuer Name', joinPolicy: 'approval', memberCount: 1 });
    });

    it('answers 404 CIRCLE_NOT_FOUND for a slug nobody has', async () => {
      const response = await get('nobody-has-this-one').expect(404);
      expect(response.body.error).toBe('CIRCLE_NOT_FOUND');
    });

    it('lists public circles by city and topic, never unlisted or members-only ones', async () => {
      const city = `Stadt${Date.now()}`;
      const open = await makeCircle(api, owner, { city, topics: ['UX'] });
      await makeCircle(api, owner, { city, topics: ['UX'], visibility: 'unlisted' });
      await makeCircle(api, owner, { city, topics: ['UX'], visibility: 'members_only' });
      await makeCircle(api, owner, { city, topics: ['career'] });
      const listed = await api
        .http()
        .get('/api/v1/circles')
        .query({ city: city.toLowerCase(), topic: 'ux' })
        .expect(200);
      expect(listed.body.items.map((circle: { slug: string }) => circle.slug)).toEqual([open.slug]);
    });
  });

  describe('logo and cover', () => {
    it('lets organisers put up a logo and a cover, shown on the circle, and take them down', async () => {
      const circle = await makeCircle(api, owner);
      const member = await makeMember(api);
      await joinCircle(api, member, circle.slug).expect(200);
      const upload = (who: TestMember, which: string) =>
        api.http().put(`/api/v1/circles/${circle.slug}/${which}`).set('Authorization', who.bearer);
      await upload(member, 'logo')
        .attach('file', await photo(), 'logo.jpg')
        .expect(403);
      const withLogo = await upload(owner, 'logo').attach(
        'file',
        await photo('#2a9d8f', 600, 600),
        'logo.jpg',
      );
      expect(withLogo.status).toBe(200);
      const withCover = await upload(owner, 'cover').attach(
        'file',
        await photo('#c8553d', 1600, 800),
        'c.jpg',
      );
      expect(withCover.status).toBe(200);
      const shown = (await get(circle.slug).expect(200)).body;
      expect(shown.logo.url).toMatch(/^\/api\/v1\/media\/photo-[0-9a-f]{32}-256\.webp$/);
      expect(shown.cover.url).toMatch(/^\/api\/v1\/media\/cover-[0-9a-f]{32}-1280\.webp$/);
      await api.http().get(shown.logo.url).expect(200);

      await as(owner).delete(`/api/v1/circles/${circle.slug}/logo`).expect(200);
      expect((await get(circle.slug)).body.logo).toBeNull();
      // The logo's files went with it.
      await api.http().get(shown.logo.url).expect(404);
    });
  });

  describe('joining', () => {
    it('makes a member at once in an open circle, and counts them in and out', async () => {
      const circle = await makeCircle(api, owner);
      const member = await makeMember(api);
      const joined = await joinCircle(api, member, circle.slug).expect(200);
      expect(joined.body).toEqual({ role: 'member', requestPending: false, shownOnProfile: true });
      await joinCircle(api, member, circle.slug).expect(200);
      expect((await get(circle.slug, member).expect(200)).body).toMatchObject({
        memberCount: 2,
        viewer: { role: 'member', isOrganiser: false },
      });
      await as(member).delete(`/api/v1/circles/${circle.slug}/membership`).expect(204);
      expect((await get(circle.slug).expect(200)).body.memberCount).toBe(1);
    });

    it('keeps a request with its answer until an organiser approves or declines it', async () => {
      const circle = await makeCircle(api, owner, {
        joinPolicy: 'approval',
        joinQuestion: 'Was machst du beruflich?',
      });
      const asker = await makeMember(api, { displayName: 'Anna Fragt' });
      const declined = await makeMember(api);
      const requested = await joinCircle(api, asker, circle.slug, { answer: 'Recruiterin' }).expect(200);
      expect(requested.body).toMatchObject({ role: null, requestPending: true });
      await joinCircle(api, declined, circle.slug, { answer: '=HYPERLINK("x")' }).expect(200);
      // A member who is not an organiser sees no requests.
      await as(asker).get(`/api/v1/circles/${circle.slug}/join-requests`).expect(403);
      const requests = await as(owner).get(`/api/v1/circles/${circle.slug}/join-requests`).expect(200);
      expect(requests.body.items).toEqual([
        expect.objectContaining({ userId: asker.id, displayName: 'Anna Fragt', answer: 'Recruiterin' }),
        expect.objectContaining({ userId: declined.id }),
      ]);
      await as(owner).post(`/api/v1/circles/${circle.slug}/join-requests/${asker.id}/approve`).expect(204);
      await as(owner).post(`/api/v1/circles/${circle.slug}/join-requests/${declined.id}/decline`).expect(204);
      await as(owner)
        .post(`/api/v1/circles/${circle.slug}/join-requests/${declined.id}/approve`)
        .expect(404)
        .expect((response) => expect(response.body.error).toBe('JOIN_REQUEST_NOT_FOUND'));
      expect((await get(circle.slug, asker)).body).toMatchObject({
        memberCount: 2,
        viewer: { role: 'member' },
      });
      expect((await get(circle.slug, declined)).body.viewer).toMatchObject({
        role: null,
        requestPending: false,
      });
    });

    it('shows the organisers each member with the joined date and attendance, and only them', async () => {
      const circle = await makeCircle(api, owner);
      const member = await makeMember(api, { displayName: 'Mia Mitglied' });
      await joinCircle(api, member, circle.slug).expect(200);
      await as(member).get(`/api/v1/circles/${circle.slug}/members`).expect(403);
      const members = await as(owner)
        .get(`/api/v1/circles/${circle.slug}/members`)
        .query({ limit: 1 })
        .expect(200);
      expect(members.body.items).toEqual([
        expect.objectContaining({ userId: owner.id, role: 'owner', attendanceCount: 0 }),
      ]);
      const next = await as(owner)
        .get(`/api/v1/circles/${circle.slug}/members`)
        .query({ limit: 1, cursor: members.body.nextCursor })
        .expect(200);
      expect(next.body.items).toEqual([
        expect.objectContaining({ userId: member.id, displayName: 'Mia Mitglied', role: 'member' }),
      ]);
      expect(Date.parse(next.body.items[0].joinedAt)).not.toBeNaN();
      expect(next.body.nextCursor).toBeNull();
    });
  });

  describe('roles', () => {
    it('lets the owner name co-organisers, who may then run the circle but not name others', async () => {
      const circle = await makeCircle(api, owner);
      const co = await makeMember(api);
      const member = await makeMember(api);
      await joinCircle(api, co, circle.slug).expect(200);
      await joinCircle(api, member, circle.slug).expect(200);
      await as(member)
        .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`, { role: 'co_organiser' })
        .expect(403);
      await as(owner)
        .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`, { role: 'co_organiser' })
        .expect(204);
      await as(co).patch(`/api/v1/circles/${circle.slug}`, { city: 'Altona' }).expect(200);
      await as(co)
        .put(`/api/v1/circles/${circle.slug}/members/${member.id}/role`, { role: 'co_organiser' })
        .expect(403)
        .expect((response) => expect(response.body.error).toBe('NOT_CIRCLE_OWNER'));
      await as(owner)
        .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`, { role: 'owner' })
        .expect(400);
    });

    it('hands the circle over to a member; the old owner stays as co-organiser and may then leave', async () => {
      const circle = await makeCircle(api, owner);
      const heir = await makeMember(api);
      const outsider = await makeMember(api);
      await joinCircle(api, heir, circle.slug).expect(200);
      await as(owner).delete(`/api/v1/circles/${circle.slug}/membership`).expect(409);
      await as(owner)
        .post(`/api/v1/circles/${circle.slug}/hand-over`, { userId: outsider.id })
        .expect(404)
        .expect((response) => expect(response.body.error).toBe('NOT_CIRCLE_MEMBER'));
      await as(heir).post(`/api/v1/circles/${circle.slug}/hand-over`, { userId: heir.id }).expect(403);
      await as(owner).post(`/api/v1/circles/${circle.slug}/hand-over`, { userId: heir.id }).expect(204);
      expect((await get(circle.slug, heir)).body).toMatchObject({
        owner: { userId: heir.id },
        viewer: { role: 'owner' },
      });
      expect((await get(circle.slug, owner)).body.viewer.role).toBe('co_organiser');
      await as(owner).delete(`/api/v1/circles/${circle.slug}/membership`).expect(204);
      expect((await get(circle.slug)).body.memberCount).toBe(1);
    });

    it('lets organisers remove members, never the owner, and co-organisers only by the owner', async () => {
      const circle = await makeCircle(api, owner);
      const co = await makeMember(api);
      const member = await makeMember(api);
      for (const person of [co, member]) await joinCircle(api, person, circle.slug).expect(200);
      await as(owner)
        .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`, { role: 'co_organiser' })
        .expect(204);
      await as(member).delete(`/api/v1/circles/${circle.slug}/members/${co.id}`).expect(403);
      await as(co).delete(`/api/v1/circles/${circle.slug}/members/${owner.id}`).expect(409);
      await as(co).delete(`/api/v1/circles/${circle.slug}/members/${member.id}`).expect(204);
      await as(co).delete(`/api/v1/circles/${circle.slug}/members/${member.id}`).expect(404);
      await as(owner).delete(`/api/v1/circles/${circle.slug}/members/${co.id}`).expect(204);
      expect((await get(circle.slug)).body.memberCount).toBe(1);
      // Removed is not banned: they may join again.
      await joinCircle(api, member, circle.slug).expect(200);
    });
  });

  describe('bans', () => {
    it('takes a banned member out, keeps them from joining or asking again, until lifted', async () => {
      const circle = await makeCircle(api, owner, { joinPolicy: 'approval' });
      const troll = await makeMember(api);
      await joinCircle(api, troll, circle.slug, { answer: 'Hallo' }).expect(200);
      await as(owner).put(`/api/v1/circles/${circle.slug}/bans/${troll.id}`).expect(204);
      const requests = await as(owner).get(`/api/v1/circles/${circle.slug}/join-requests`).expect(200);
      expect(requests.body.items).toEqual([]);
      const refused = await joinCircle(api, troll, circle.slug).expect(403);
      expect(refused.body.error).toBe('BANNED_FROM_CIRCLE');
      expect((await get(circle.slug, troll)).body.viewer).toMatchObject({ banned: true, role: null });
      await as(owner).delete(`/api/v1/circles/${circle.slug}/bans/${troll.id}`).expect(204);
      await joinCircle(api, troll, circle.slug).expect(200);
    });

    it('bans a member of an open circle out of it, and refuses banning the owner', async () => {
      const circle = await makeCircle(api, owner);
      const co = await makeMember(api);
      const member = await makeMember(api);
      for (const person of [co, member]) await joinCircle(api, person, circle.slug).expect(200);
      await as(owner)
        .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`, { role: 'co_organiser' })
        .expect(204);
      await as(co).put(`/api/v1/circles/${circle.slug}/bans/${owner.id}`).expect(409);
      await as(member).put(`/api/v1/circles/${circle.slug}/bans/${co.id}`).expect(403);
      await as(co).put(`/api/v1/circles/${circle.slug}/bans/${member.id}`).expect(204);
      expect((await get(circle.slug)).body.memberCount).toBe(2);
      await joinCircle(api, member, circle.slug).expect(403);
    });
  });
});
