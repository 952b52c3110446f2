import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProfilesService } from '@neuland/profiles';
import { randomBytes } from 'node:crypto';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { block, makeContacts, follow } from './support/social.js';
import { makeMember } from './support/members.js';

describe('profiles', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const unique = () => randomBytes(3).toString('hex');

  it('gives every new account a profile with a handle made from the display name, suffixed on collision', async () => {
    const name = `Silke Schröder ${unique()}`;
    const first = await makeMember(api, { displayName: name });
    const second = await makeMember(api, { displayName: name });
    const own = await api.http().get('/api/v1/me/profile').set('Authorization', first.bearer).expect(200);
    const other = await api.http().get('/api/v1/me/profile').set('Authorization', second.bearer).expect(200);
    const slug = name.toLowerCase().replace('ö', 'oe').replace(/ /g, '-');
    expect(own.body).toMatchObject({
      userId: first.id,
      handle: slug,
      displayName: name,
      language: 'de',
      timeZone: 'Europe/Berlin',
      introductions: 'mutual',
      attendanceVisibility: 'visible',
      acceptsInvitations: true,
      acceptsCoffeeOffers: true,
      socialAccounts: [],
    });
    expect(other.body.handle).toBe(`${slug}-2`);
  });

  it('gives simultaneous sign-ups with the same name distinct handles', async () => {
    const name = `Jan Kühn ${unique()}`;
    const accounts = await Promise.all(
      Array.from({ length: 5 }, () => makeMember(api, { displayName: name })),
    );
    const settings = await api.app.get(ProfilesService).settingsOf(accounts.map((account) => account.id));
    const handles = [...settings.values()].map((profile) => profile.handle);
    expect(new Set(handles).size).toBe(5);
    for (const handle of handles) expect(handle.startsWith(`jan-kuehn-${name.slice(-6)}`)).toBe(true);
  });

  it('lets a member change their profile and settings, and nothing else', async () => {
    const member = await makeMember(api);
    const handle = `sabine-${unique()}`;
    const changed = await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', member.bearer)
      .send({
        handle: handle.toUpperCase(),
        headline: 'Kubernetes and coffee',
        homeCity: 'Leipzig',
        topics: ['Rust', ' Postgres '],
        language: 'en',
        timeZone: 'America/New_York',
        introductions: 'everyone',
        profileVisibility: 'everyone',
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      handle,
      headline: 'Kubernetes and coffee',
      topics: ['Rust', 'Postgres'],
      language: 'en',
      timeZone: 'America/New_York',
      introductions: 'everyone',
    });
    const settings = await api.app.get(ProfilesService).getSettings(member.id);
    expect(settings).toMatchObject({
      handle,
      language: 'en',
      homeCity: 'Leipzig',
      introductions: 'everyone',
    });
  });

  it('refuses unknown fields, nulls for required fields and a wrong time zone with 400 and changes nothing', async () => {
    const member = await makeMember(api, { profile: { headline: 'before' } });
    const response = await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', member.bearer)
      .send({
        headline: 'after',
        userId: randomBytes(16).toString('hex'),
        displayName: null,
        timeZone: 'Mars/Olympus',
      })
      .expect(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    const fields = response.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['userId', 'displayName', 'timeZone']));
    const own = await api.http().get('/api/v1/me/profile').set('Authorization', member.bearer).expect(200);
    expect(own.body.headline).toBe('before');
  });

  it('answers NUL and control characters in profile text, search and handles with 4xx, never 500', async () => {
    const member = await makeMember(api);
    const patched = await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', member.bearer)
      .send({ bio: 'a\u0000b', headline: 'tab\there', topics: ['ok', 'x\u0000'], homeCity: 7 })
      .expect(400);
    const fields = patched.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['bio', 'headline', 'topics', 'homeCity']));
    const search = await api.http().get('/api/v1/profiles').query({ q: 'a\u0000' }).expect(400);
    expect(search.body.error).toBe('VALIDATION_FAILED');
    const byHandle = await api.http().get('/api/v1/profiles/%00').expect(404);
    expect(byHandle.body.error).toBe('PROFILE_NOT_FOUND');
    await api.http().put('/api/v1/profiles/%00x/follow').set('Authorization', member.bearer).expect(404);
  });

  it('answers a handle another member has with 409 HANDLE_TAKEN, whatever its case', async () => {
    const taken = await makeMember(api);
    const member = await makeMember(api);
    const response = await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', member.bearer)
      .send({ handle: taken.handle.toUpperCase() })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, error: 'HANDLE_TAKEN' });
  });

  it('shows an everyone profile to anonymous callers by handle in any case, with its social accounts', async () => {
    const member = await makeMember(api, { profile: { profileVisibility: 'everyone', bio: 'Hallo' } });
    await api
      .http()
      .post('/api/v1/me/social-accounts')
      .set('Authorization', member.bearer)
      .send({ platform: 'mastodon', handle: '@Member@Example.Social' })
      .expect(201);
    const response = await api.http().get(`/api/v1/profiles/${member.handle.toUpperCase()}`).expect(200);
    expect(response.body).toMatchObject({ handle: member.handle, bio: 'Hallo' });
    expect(response.body.socialAccounts).toEqual([
      { id: expect.any(String), platform: 'mastodon', handle: 'member@example.social', verified: false },
    ]);
    expect(response.body.introductions).toBeUndefined();
  });

  it('shows a members-only profile to members and answers 404 to anonymous callers', async () => {
    const member = await makeMember(api, { profile: { profileVisibility: 'members' } });
    const viewer = await makeMember(api);
    await api.http().get(`/api/v1/profiles/${member.handle}`).expect(404);
    await api.http().get(`/api/v1/profiles/${member.handle}`).set('Authorization', viewer.bearer).expect(200);
  });

  it('answers 404 for a contacts-only profile to non-contacts, one-way followers included, and 200 to contacts', async () => {
    const owner = await makeMember(api, { profile: { profileVisibility: 'contacts' } });
    const stranger = await makeMember(api);
    const contact = await makeMember(api);
    await makeContacts(api, owner, contact);
    const response = await api
      .http()
      .get(`/api/v1/profiles/${owner.handle}`)
      .set('Authorization', stranger.bearer)
      .expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'PROFILE_NOT_FOUND' });

    // The owner follows the stranger: the stranger may follow back, but still not see the profile until mutual.
    await follow(api, owner, stranger);
    await api
      .http()
      .get(`/api/v1/profiles/${owner.handle}`)
      .set('Authorization', stranger.bearer)
      .expect(404);
    await follow(api, stranger, owner);
    await api
      .http()
      .get(`/api/v1/profiles/${owner.handle}`)
      .set('Authorization', stranger.bearer)
      .expect(200);
    await api.http().get(`/api/v1/profiles/${owner.handle}`).set('Authorization', contact.bearer).expect(200);
  });

  it('hides a profile from someone it blocked, and from someone who blocked it', async () => {
    const blocker = await makeMember(api, { profile: { profileVisibility: 'everyone' } });
    const blocked = await makeMember(api, { profile: { profileVisibility: 'everyone' } });
    await block(api, blocker, blocked);
    await api
      .http()
      .get(`/api/v1/profiles/${blocker.handle}`)
      .set('Authorization', blocked.bearer)
      .expect(404);
    await api
      .http()
      .get(`/api/v1/profiles/${blocked.handle}`)
      .set('Authorization', blocker.bearer)
      .expect(404);
  });

  it('searches visible profiles by text, city and topic, page by page', async () => {
    const tag = `topic-${unique()}`;
    const city = `Görlitz ${unique()}`;
    const viewer = await makeMember(api);
    const visible = [];
    for (let i = 0; i < 3; i += 1) {
      visible.push(
        await makeMember(api, { profile: { profileVisibility: 'members', homeCity: city, topics: [tag] } }),
      );
    }
    await makeMember(api, { profile: { profileVisibility: 'contacts', homeCity: city, topics: [tag] } });
    const blocker = await makeMember(api, {
      profile: { profileVisibility: 'everyone', homeCity: city, topics: [tag] },
    });
    await block(api, blocker, viewer);

    const first = await api
      .http()
      .get('/api/v1/profiles')
      .query({ topic: tag.toUpperCase(), city: city.toLowerCase(), limit: 2 })
      .set('Authorization', viewer.bearer)
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await api
      .http()
      .get('/api/v1/profiles')
      .query({ topic: tag, city, limit: 2, cursor: first.body.nextCursor })
      .set('Authorization', viewer.bearer)
      .expect(200);
    expect(second.body.nextCursor).toBeNull();
    const handles = [...first.body.items, ...second.body.items].map(
      (item: { handle: string }) => item.handle,
    );
    expect(handles.sort()).toEqual(visible.map((member) => member.handle).sort());

    const byText = await api
      .http()
      .get('/api/v1/profiles')
      .query({ q: visible[0].handle.slice(0, 12).toUpperCase(), topic: tag })
      .set('Authorization', viewer.bearer)
      .expect(200);
    expect(byText.body.items.map((item: { handle: string }) => item.handle)).toContain(visible[0].handle);

    const anonymous = await api.http().get('/api/v1/profiles').query({ topic: tag }).expect(200);
    expect(anonymous.body.items.map((item: { handle: string }) => item.handle)).toEqual([blocker.handle]);
  });

  it('finds people by name with a line of their bio and whether I follow them, never someone hidden from me or blocked either way', async () => {
    const family = `Quast${unique()}`;
    const viewer = await makeMember(api);
    const seen = async (displayName: string, profile: Record<string, unknown>) =>
      makeMember(api, { displayName: `${displayName} ${family}`, profile });
    const open = await seen('Olga', { profileVisibility: 'everyone', bio: 'Runs the Rust meetup.\nMore.' });
    const member = await seen('Mara', { profileVisibility: 'members' });
    const contact = await seen('Carl', { profileVisibility: 'everyone' });
    await seen('Hidde', { profileVisibility: 'contacts' });
    const blocker = await seen('Bert', { profileVisibility: 'everyone' });
    const blocked = await seen('Bodo', { profileVisibility: 'everyone' });
    await makeContacts(api, viewer, contact);
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', contact.bearer)
      .send({ profileVisibility: 'contacts' })
      .expect(200);
    await follow(api, viewer, open);
    await block(api, blocker, viewer);
    await block(api, viewer, blocked);

    const search = async (q: string, caller?: { bearer: string }) => {
      const request = api.http().get('/api/v1/profiles').query({ q });
      return (await (caller ? request.set('Authorization', caller.bearer) : request).expect(200)).body
        .items as Array<{
        handle: string;
        bioLine: string | null;
        followedByYou: boolean;
      }>;
    };
    const found = await search(family.toLowerCase(), viewer);
    expect(found.map((person) => person.handle).sort()).toEqual(
      [open.handle, member.handle, contact.handle].sort(),
    );
    expect(found.find((person) => person.handle === open.handle)).toMatchObject({
      bioLine: 'Runs the Rust meetup.',
      followedByYou: true,
    });
    expect(found.find((person) => person.handle === member.handle)?.followedByYou).toBe(false);
    // By handle too; someone not logged in finds only the public profiles, and follows nobody.
    expect((await search(member.handle, viewer)).map((person) => person.handle)).toEqual([member.handle]);
    expect((await search(family)).map((person) => [person.handle, person.followedByYou]).sort()).toEqual(
      [
        [open.handle, false],
        [blocker.handle, false],
        [blocked.handle, false],
      ].sort(),
    );
  });

  it('refuses a search limit above 100 and a forged cursor with 400', async () => {
    const limit = await api.http().get('/api/v1/profiles?limit=101').expect(400);
    expect(limit.body.error).toBe('VALIDATION_FAILED');
    const cursor = await api.http().get('/api/v1/profiles?cursor=not-a-cursor').expect(400);
    expect(cursor.body.error).toBe('INVALID_CURSOR');
  });

  it('reads the settings of many members at once for other features', async () => {
    const a = await makeMember(api, { profile: { introductions: 'off', acceptsCoffeeOffers: false } });
    const b = await makeMember(api, { profile: { attendanceVisibility: 'private', language: 'en' } });
    const settings = await api.app.get(ProfilesService).settingsOf([a.id, b.id]);
    expect(settings.get(a.id)).toMatchObject({
      introductions: 'off',
      acceptsCoffeeOffers: false,
      language: 'de',
    });
    expect(settings.get(b.id)).toMatchObject({ attendanceVisibility: 'private', language: 'en' });
  });

  it('lists its routes in the OpenAPI document with their DTOs', async () => {
    const docs = await api.http().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/me/profile',
        '/api/v1/profiles',
        '/api/v1/profiles/{handle}',
        '/api/v1/profiles/{handle}/follow',
        '/api/v1/me/imports',
      ]),
    );
    expect(docs.body.components.schemas.OwnProfileDto.properties.introductions.enum).toEqual([
      'off',
      'mutual',
      'everyone',
    ]);
  });
});
