import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { mastodonFollowing } from './support/contact-files.js';
import { addSocialAccount, block, follow, makeContacts, uploadImport } from './support/social.js';
import { makeMember } from './support/members.js';

describe('knows online and the introduction rule', () => {
  let api: ApiHarness;
  let graph: SocialGraphService;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    graph = api.app.get(SocialGraphService);
  });
  afterAll(() => api.close());

  const pairs = async (viewerIds: string[], candidateIds: string[]) =>
    (await graph.toldAbout(viewerIds, candidateIds)).map((p) => `${p.viewerId}>${p.userId}`).sort();

  it('knows whom you follow, one way, and mutually once they follow back', async () => {
    const rita = await makeMember(api);
    const xaver = await makeMember(api);
    await follow(api, rita, xaver);
    expect(await graph.knowsOnline(rita.id, [xaver.id])).toEqual([
      { userId: xaver.id, mutual: false, claimedOnly: false },
    ]);
    expect(await graph.knowsOnline(xaver.id, [rita.id])).toEqual([]);
    await follow(api, xaver, rita);
    expect(await graph.knowsOnline(rita.id, [xaver.id])).toEqual([
      { userId: xaver.id, mutual: true, claimedOnly: false },
    ]);
  });

  it('counts an import and a follow as one mutual acquaintance, and marks a match through an unverified account as claimed', async () => {
    const address = `claim${randomBytes(4).toString('hex')}@mastodon.social`;
    const rita = await makeMember(api);
    const xaver = await makeMember(api);
    await addSocialAccount(api, xaver, 'mastodon', address).expect(201);
    await uploadImport(api, rita, mastodonFollowing([address])).expect(201);
    await follow(api, xaver, rita);
    expect(await graph.knowsOnline(rita.id, [xaver.id])).toEqual([
      { userId: xaver.id, mutual: true, claimedOnly: true },
    ]);
    // Once the account is verified (issue 9), the match is firm.
    const db = api.app.get<DataSource>(getDataSourceToken());
    await db.query(`UPDATE social_account SET verified = true WHERE user_id = $1`, [xaver.id]);
    expect((await graph.knowsOnline(rita.id, [xaver.id]))[0]?.claimedOnly).toBe(false);
  });

  it('tells contacts about each other by default, and nobody about a one-way acquaintance', async () => {
    const a = await makeMember(api);
    const b = await makeMember(api);
    const c = await makeMember(api);
    await makeContacts(api, a, b);
    await follow(api, a, c);
    const everyone = [a.id, b.id, c.id];
    expect(await pairs(everyone, everyone)).toEqual([`${a.id}>${b.id}`, `${b.id}>${a.id}`].sort());
  });

  it('tells a one-way acquaintance only the knower, and only when both chose everyone', async () => {
    const knower = await makeMember(api, { profile: { introductions: 'everyone' } });
    const known = await makeMember(api, { profile: { introductions: 'everyone' } });
    const reserved = await makeMember(api, { profile: { introductions: 'mutual' } });
    await follow(api, knower, known);
    await follow(api, knower, reserved);
    const everyone = [knower.id, known.id, reserved.id];
    expect(await pairs(everyone, everyone)).toEqual([`${knower.id}>${known.id}`]);
    const [introduction] = await graph.toldAbout([knower.id], [known.id]);
    expect(introduction).toEqual({
      viewerId: knower.id,
      userId: known.id,
      mutual: false,
      claimedOnly: false,
    });
  });

  it('tells nobody about or to a member with introductions off', async () => {
    const off = await makeMember(api, { profile: { introductions: 'off' } });
    const friend = await makeMember(api, { profile: { introductions: 'everyone' } });
    await makeContacts(api, off, friend);
    expect(await pairs([off.id, friend.id], [off.id, friend.id])).toEqual([]);
    expect(await graph.knowsOnline(friend.id, [off.id])).toHaveLength(1);
  });

  it('tells nobody across a block, in either direction, even through imports', async () => {
    const address = `blk${randomBytes(4).toString('hex')}@mastodon.social`;
    const a = await makeMember(api);
    const b = await makeMember(api);
    await addSocialAccount(api, b, 'mastodon', address).expect(201);
    await uploadImport(api, a, mastodonFollowing([address])).expect(201);
    await follow(api, b, a);
    expect(await pairs([a.id, b.id], [a.id, b.id])).toHaveLength(2);
    await block(api, b, a);
    expect(await pairs([a.id, b.id], [a.id, b.id])).toEqual([]);
  });

  it('answers for many viewers and candidates in one call, restricted to the sets given', async () => {
    const members = [];
    for (let i = 0; i < 4; i += 1) members.push(await makeMember(api));
    const [m0, m1, m2, m3] = members as [
      (typeof members)[0],
      (typeof members)[0],
      (typeof members)[0],
      (typeof members)[0],
    ];
    await makeContacts(api, m0, m1);
    await makeContacts(api, m2, m3);
    await makeContacts(api, m0, m3);
    expect(await pairs([m0.id, m2.id], [m1.id, m3.id])).toEqual(
      [`${m0.id}>${m1.id}`, `${m0.id}>${m3.id}`, `${m2.id}>${m3.id}`].sort(),
    );
    expect(await graph.toldAbout([], [m1.id])).toEqual([]);
  });
});
