// What circles keep about a member goes into the data export and leaves with the account: an owner's circle passes
// to the longest-standing co-organiser (or member), and a circle with nobody else in it goes too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PersonalDataRegistry } from '@neuland/privacy';
import { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { makeMember, type TestMember } from './support/members.js';
import { rowsReferencing } from './support/rows-referencing.js';

describe("a member's data in circles", () => {
  let api: ApiHarness;
  let owner: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    owner = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const deleteAccount = (member: TestMember) =>
    api.http().delete('/api/v1/me').set('Authorization', member.bearer).send({ password: member.password });
  const circleNamed = async (slug: string) => (await api.http().get(`/api/v1/circles/${slug}`)).body;

  it('exports my memberships, my waiting requests and my bans, and nobody else’s', async () => {
    const me = await makeMember(api);
    const other = await makeMember(api);
    const joined = await makeCircle(api, owner, { name: 'Beigetreten' });
    const asked = await makeCircle(api, owner, { name: 'Angefragt', joinPolicy: 'approval' });
    const banned = await makeCircle(api, owner, { name: 'Gesperrt' });
    await joinCircle(api, me, joined.slug, { shownOnProfile: false }).expect(200);
    await joinCircle(api, other, joined.slug).expect(200);
    await joinCircle(api, me, asked.slug, { answer: 'Ich bin Recruiterin' }).expect(200);
    await api
      .http()
      .put(`/api/v1/circles/${banned.slug}/bans/${me.id}`)
      .set('Authorization', owner.bearer)
      .expect(204);

    const registry = api.app.get(PersonalDataRegistry);
    const holder = registry.all()[registry.features().indexOf('circles')];
    const exported = await holder.exportFor(me.id, api.app.get(DataSource).manager);
    expect(exported).toEqual({
      circles: {
        memberships: [
          expect.objectContaining({
            slug: joined.slug,
            name: 'Beigetreten',
            role: 'member',
            shownOnProfile: false,
          }),
        ],
        joinRequests: [expect.objectContaining({ slug: asked.slug, answer: 'Ich bin Recruiterin' })],
        bans: [expect.objectContaining({ slug: banned.slug, name: 'Gesperrt' })],
        series: [],
      },
    });
    expect(JSON.stringify(exported)).not.toContain(other.id);
  });

  it('hands my circle to its co-organiser when I leave Neuland, and leaves no row naming me', async () => {
    const me = await makeMember(api, { role: 'organiser' });
    const member = await makeMember(api);
    const co = await makeMember(api);
    const circle = await makeCircle(api, me);
    for (const person of [member, co]) await joinCircle(api, person, circle.slug).expect(200);
    await api
      .http()
      .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`)
      .set('Authorization', me.bearer)
      .send({ role: 'co_organiser' })
      .expect(204);
    const elsewhere = await makeCircle(api, owner, { joinPolicy: 'approval' });
    await joinCircle(api, me, elsewhere.slug).expect(200);

    await deleteAccount(me).expect(204);

    expect(await circleNamed(circle.slug)).toMatchObject({ owner: { userId: co.id }, memberCount: 2 });
    expect(await rowsReferencing(api.app.get(DataSource), me.id)).toEqual([]);
  });

  it('takes a circle nobody else is in away with its owner, and counts a leaving member out', async () => {
    const me = await makeMember(api, { role: 'organiser' });
    const lonely = await makeCircle(api, me);
    const shared = await makeCircle(api, owner);
    await joinCircle(api, me, shared.slug).expect(200);

    await deleteAccount(me).expect(204);

    await api.http().get(`/api/v1/circles/${lonely.slug}`).expect(404);
    expect((await circleNamed(shared.slug)).memberCount).toBe(1);
  });
});
