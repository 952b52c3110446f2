// The introduction rule's one predicate, `told_about` (SocialGraphService.toldAbout), against real PostgreSQL:
// DESIGN.md's rules 2–5 for given sets of viewers and candidates, case by case and, on random graphs, against the rule
// stated over knows_online (which knows-online.medium-spec.ts holds to its own definition).
// test/knows-online.e2e-spec.ts drives the same rule through the API's follow, block and import routes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProfilesService } from '@neuland/profiles';
import { ContactImportsService, SocialGraphCoreModule, SocialGraphService } from '@neuland/social-graph';
import { linkedInConnections } from '../support/contact-files.js';
import { type Member, makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';
import {
  byPair,
  type KnowsRow as Row,
  knowsOnlineRows,
  randomGraph,
  seeded,
  setPairsOf,
} from '../support/random-graph.js';

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
  it.each([1, 2, 3])(
    'gives exactly what the rule gives over knows_online, on random graph %i with random settings, blocks and sets',
    async (seed) => {
      const random = seeded(seed);
      const members = await makeMembers(medium, 14, { announce: false });
      await randomGraph(medium, members, random);
      const ids = members.map((member) => member.id);
      const setting = new Map<string, Introductions>();
      const takesPart = new Map<string, boolean>();
      for (const id of ids) {
        const chosen: Introductions = random() < 0.5 ? 'everyone' : random() < 0.8 ? 'mutual' : 'off';
        setting.set(id, chosen);
        await medium.pool.query(`UPDATE profile SET introductions = $2 WHERE user_id = $1`, [id, chosen]);
        const [verified, suspended] = [random() > 0.1, random() < 0.1];
        takesPart.set(id, verified && !suspended);
        await medium.pool.query(
          `UPDATE "user" SET email_verified_at = CASE WHEN $2 THEN email_verified_at END,
                             suspended_at = CASE WHEN $3 THEN now() END WHERE id = $1`,
          [id, verified, suspended],
        );
      }
      const blocked = new Set<string>();
      for (const blocker of ids)
        for (const other of ids)
          if (blocker !== other && random() < 0.03) {
            await graph.block(blocker, other);
            blocked.add(`${blocker}>${other}`).add(`${other}>${blocker}`);
          }

      /** DESIGN.md rules 2–5 over knows_online's rows. */
      const rule = async (viewers: string[], candidates: string[]) => {
        const rows = await knowsOnlineRows(medium, viewers, candidates);
        const told = ([viewerId, userId, mutual]: Row) => {
          const [viewer, candidate] = [setting.get(viewerId), setting.get(userId)];
          return (
            viewer !== 'off' &&
            candidate !== 'off' &&
            (mutual || (viewer === 'everyone' && candidate === 'everyone')) &&
            !blocked.has(`${viewerId}>${userId}`) &&
            takesPart.get(viewerId)! &&
            takesPart.get(userId)!
          );
        };
        return { known: rows.length, told: rows.filter(told) };
      };
      const seen = { known: 0, toldOneWay: 0, toldMutual: 0 };
      for (const [viewers, candidates] of setPairsOf(ids, random)) {
        const expected = await rule(viewers, candidates);
        const rows = (await graph.toldAbout(viewers, candidates))
          .map((found): Row => [found.viewerId, found.userId, found.mutual, found.claimedOnly])
          .sort(byPair);
        expect({ viewers, candidates, rows }).toEqual({ viewers, candidates, rows: expected.told });
        seen.known += expected.known;
        seen.toldOneWay += expected.told.filter((row) => !row[2]).length;
        seen.toldMutual += expected.told.filter((row) => row[2]).length;
      }
      // Each kind of answer occurs: acquaintances the rule drops, one-way and mutual ones it tells.
      expect(seen.known).toBeGreaterThan(seen.toldOneWay + seen.toldMutual);
      expect(seen.toldOneWay).toBeGreaterThan(0);
      expect(seen.toldMutual).toBeGreaterThan(0);
    },
  );
});
