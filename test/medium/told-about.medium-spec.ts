// The introduction rule's one predicate, `told_about` (SocialGraphService.toldAbout), against real PostgreSQL:
// DESIGN.md's rules 2–5 for given sets of viewers and candidates. test/knows-online.e2e-spec.ts drives the same
// rule through the API's follow, block and import routes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProfilesService } from '@neuland/profiles';
import { ContactImportsService, SocialGraphCoreModule, SocialGraphService } from '@neuland/social-graph';
import { linkedInConnections } from '../support/contact-files.js';
import { type Member, makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

type Introductions = 'off' | 'mutual' | 'everyone';

describe('told_about: may R be told about X', () => {
  let medium: Medium;
  let graph: SocialGraphService;

  beforeAll(async () => {
    medium = await startMedium({ imports: [SocialGraphCoreModule] });
    graph = medium.app.get(SocialGraphService);
  });
  afterAll(() => medium.close());

  /** Members with the given introduction settings (the default is `mutual`). */
  async function people(...settings: Introductions[]): Promise<Member[]> {
    const members = await makeMembers(medium, settings.length, { announce: false });
    const profiles = medium.app.get(ProfilesService);
    for (const [index, introductions] of settings.entries())
      if (introductions !== 'mutual') await profiles.updateOwn(members[index].id, { introductions });
    return members;
  }
  const pairs = async (members: Member[]) => {
    const ids = members.map((member) => member.id);
    return (await graph.toldAbout(ids, ids)).map((pair) => `${pair.viewerId}>${pair.userId}`).sort();
  };
  const pair = (viewer: Member, candidate: Member) => `${viewer.id}>${candidate.id}`;
  const importsEmailOf = (owner: Member, known: Member) =>
    medium.app
      .get(ContactImportsService)
      .import(
        owner.id,
        Buffer.from(linkedInConnections([{ firstName: 'A', lastName: 'B', url: '', email: known.email }])),
      );

  it('tells two contacts about each other, marked mutual, and nobody about a one-way acquaintance', async () => {
    const [rita, xaver, yusuf] = await people('mutual', 'mutual', 'mutual');
    await graph.follow(rita.id, xaver.id);
    await graph.follow(xaver.id, rita.id);
    await graph.follow(rita.id, yusuf.id);
    expect(await pairs([rita, xaver, yusuf])).toEqual([pair(rita, xaver), pair(xaver, rita)].sort());
    expect(await graph.toldAbout([rita.id], [xaver.id])).toEqual([
      { viewerId: rita.id, userId: xaver.id, mutual: true, claimedOnly: false },
    ]);
  });

  it('tells a one-way acquaintance only the knower, and only when both chose everyone', async () => {
    const [knower, known, reserved] = await people('everyone', 'everyone', 'mutual');
    await graph.follow(knower.id, known.id);
    await graph.follow(knower.id, reserved.id);
    expect(
      await graph.toldAbout([knower.id, known.id, reserved.id], [knower.id, known.id, reserved.id]),
    ).toEqual([{ viewerId: knower.id, userId: known.id, mutual: false, claimedOnly: false }]);
  });

  it('tells nobody about or to a member with introductions off, even between contacts', async () => {
    const [off, contact] = await people('off', 'everyone');
    await graph.follow(off.id, contact.id);
    await graph.follow(contact.id, off.id);
    expect(await pairs([off, contact])).toEqual([]);
  });

  it('tells nobody across a block, in either direction, even when an imported address still matches', async () => {
    const [blocker, blocked] = await people('everyone', 'everyone');
    await importsEmailOf(blocker, blocked);
    await importsEmailOf(blocked, blocker);
    expect(await pairs([blocker, blocked])).toEqual([pair(blocker, blocked), pair(blocked, blocker)].sort());
    await graph.block(blocker.id, blocked.id);
    expect(await pairs([blocker, blocked])).toEqual([]);
  });

  it('tells nobody about or to a member whose e-mail address is not verified', async () => {
    const [verified] = await people('mutual');
    const [unverified] = await makeMembers(medium, 1, { verified: false, announce: false });
    await graph.follow(verified.id, unverified.id);
    await graph.follow(unverified.id, verified.id);
    expect(await pairs([verified, unverified])).toEqual([]);
  });

  it('tells nobody about or to a suspended member, and both again once the suspension is lifted', async () => {
    const [member, suspended] = await people('mutual', 'mutual');
    await graph.follow(member.id, suspended.id);
    await graph.follow(suspended.id, member.id);
    await medium.pool.query(`UPDATE "user" SET suspended_at = now() WHERE id = $1`, [suspended.id]);
    expect(await pairs([member, suspended])).toEqual([]);
    await medium.pool.query(`UPDATE "user" SET suspended_at = NULL WHERE id = $1`, [suspended.id]);
    expect(await pairs([member, suspended])).toHaveLength(2);
  });

  it('answers only within the sets given', async () => {
    const [a, b, c] = await people('mutual', 'mutual', 'mutual');
    for (const [x, y] of [
      [a, b],
      [b, a],
      [a, c],
      [c, a],
    ])
      await graph.follow(x.id, y.id);
    expect((await graph.toldAbout([a.id], [b.id])).map((found) => found.userId)).toEqual([b.id]);
    expect(await graph.toldAbout([b.id], [c.id])).toEqual([]);
    expect(await graph.toldAbout([], [a.id])).toEqual([]);
  });
});
