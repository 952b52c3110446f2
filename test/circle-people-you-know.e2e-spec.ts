// "People you know in this circle" counts and names the members the caller may be told about, by the one
// introduction rule (told_about), before the caller joins — and the public circles a profile lists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { makeMember, markEmailUnverified, type TestMember } from './support/members.js';
import { block, follow, makeContacts } from './support/social.js';

describe('people you know in a circle', () => {
  let api: ApiHarness;
  let owner: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    owner = await makeMember(api, { role: 'organiser', displayName: 'Olga Owner' });
  });
  afterAll(() => api.close());

  const peopleYouKnow = async (slug: string, member: TestMember) =>
    (
      await api
        .http()
        .get(`/api/v1/circles/${slug}/people-you-know`)
        .set('Authorization', member.bearer)
        .expect(200)
    ).body;

  it('counts exactly the members the introduction rule lets me be told about, before I join', async () => {
    const me = await makeMember(api, { displayName: 'Ich', profile: { introductions: 'everyone' } });
    const anna = await makeMember(api, { displayName: 'Anna' }); // mutual contact
    const ben = await makeMember(api, { displayName: 'Ben' }); // I follow Ben only; Ben keeps "mutual"
    const carla = await makeMember(api, { displayName: 'Carla' }); // contact, then blocks me
    const erik = await makeMember(api, { displayName: 'Erik', profile: { attendanceVisibility: 'private' } });
    const gina = await makeMember(api, { displayName: 'Gina', profile: { introductions: 'everyone' } }); // one way, both "everyone"
    const hans = await makeMember(api, { displayName: 'Hans', profile: { introductions: 'off' } }); // contact, off
    const ida = await makeMember(api, { displayName: 'Ida' }); // contact, address no longer verified
    const jan = await makeMember(api, { displayName: 'Jan' }); // contact, not a member
    for (const contact of [anna, carla, erik, hans, ida, jan]) await makeContacts(api, me, contact);
    await follow(api, me, ben);
    await follow(api, me, gina);
    await block(api, carla, me);

    const circle = await makeCircle(api, owner);
    for (const member of [anna, ben, carla, erik, gina, hans, ida]) {
      await joinCircle(api, member, circle.slug).expect(200);
    }
    // Joined while verified, then the address stopped counting: still a member, never named.
    await markEmailUnverified(api, ida.id);

    const known = await peopleYouKnow(circle.slug, me);
    expect(known.count).toBe(2);
    expect(
      known.items.map((person: { displayName: string; knowEachOther: boolean }) => [
        person.displayName,
        person.knowEachOther,
      ]),
    ).toEqual([
      ['Anna', true],
      ['Gina', false],
    ]);
    expect(known.items[0]).toMatchObject({ userId: anna.id, handle: anna.handle });
    // Gina is followed one way: she hears nothing of me.
    expect((await peopleYouKnow(circle.slug, gina)).count).toBe(0);
  });

  it('follows the rule as it changes: a new mutual contact counts, a block takes them out again', async () => {
    const me = await makeMember(api);
    const friend = await makeMember(api, { displayName: 'Frieda' });
    const circle = await makeCircle(api, owner);
    await joinCircle(api, friend, circle.slug).expect(200);
    expect((await peopleYouKnow(circle.slug, me)).count).toBe(0);
    await makeContacts(api, me, friend);
    expect(await peopleYouKnow(circle.slug, me)).toMatchObject({
      count: 1,
      items: [{ userId: friend.id, displayName: 'Frieda', knowEachOther: true }],
    });
    await block(api, me, friend);
    expect(await peopleYouKnow(circle.slug, me)).toEqual({ count: 0, items: [] });
  });

  it('names at most 12 and counts them all, mutual contacts first', async () => {
    const me = await makeMember(api);
    const circle = await makeCircle(api, owner);
    for (let i = 0; i < 13; i += 1) {
      const contact = await makeMember(api);
      await makeContacts(api, me, contact);
      await joinCircle(api, contact, circle.slug).expect(200);
    }
    const known = await peopleYouKnow(circle.slug, me);
    expect(known.count).toBe(13);
    expect(known.items).toHaveLength(12);
  });

  it('answers 401 to guests and 404 for a circle nobody has', async () => {
    const me = await makeMember(api);
    await api.http().get('/api/v1/circles/anything/people-you-know').expect(401);
    const missing = await api
      .http()
      .get('/api/v1/circles/nobody-has-this/people-you-know')
      .set('Authorization', me.bearer)
      .expect(404);
    expect(missing.body.error).toBe('CIRCLE_NOT_FOUND');
  });
});

describe('circles on a profile', () => {
  let api: ApiHarness;
  let owner: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    owner = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  it('lists the public circles a member shows, never unlisted or members-only ones or those they hide', async () => {
    const member = await makeMember(api);
    const shown = await makeCircle(api, owner, { name: 'Gezeigt' });
    const hidden = await makeCircle(api, owner);
    const unlisted = await makeCircle(api, owner, { visibility: 'unlisted' });
    const membersOnly = await makeCircle(api, owner, { visibility: 'members_only' });
    for (const circle of [shown, unlisted, membersOnly])
      await joinCircle(api, member, circle.slug).expect(200);
    await joinCircle(api, member, hidden.slug, { shownOnProfile: false }).expect(200);

    const listed = await api
      .http()
      .get(`/api/v1/profiles/${member.handle}/circles`)
      .set('Authorization', owner.bearer)
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ slug: shown.slug, name: 'Gezeigt', memberCount: 2 }),
    ]);
    // Changing one's mind later works through the same call.
    await joinCircle(api, member, shown.slug, { shownOnProfile: false }).expect(200);
    expect(
      (
        await api
          .http()
          .get(`/api/v1/profiles/${member.handle}/circles`)
          .set('Authorization', owner.bearer)
          .expect(200)
      ).body.items,
    ).toEqual([]);
  });

  it('answers 404 PROFILE_NOT_FOUND for a profile hidden from the caller', async () => {
    const hidden = await makeMember(api, { profile: { profileVisibility: 'contacts' } });
    const response = await api
      .http()
      .get(`/api/v1/profiles/${hidden.handle}/circles`)
      .set('Authorization', owner.bearer)
      .expect(404);
    expect(response.body.error).toBe('PROFILE_NOT_FOUND');
  });
});
