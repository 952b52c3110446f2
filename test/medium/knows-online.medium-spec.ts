// `knows_online`, the first half of the introduction rule (DESIGN.md rule 2), against its definition: on random graphs
// of follows and imported contacts, for overlapping, nested, disjoint and repeated sets, each row must be exactly what
// the definition below gives. told-about.medium-spec.ts covers the rules built on top of it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';
import {
  byPair,
  type Evidence,
  type KnowsRow as Row,
  knowsOnlineRows,
  randomGraph,
  seeded,
  setPairsOf,
} from '../support/random-graph.js';

/** R knows X when R follows X or imported a contact matching an account of X's; firm unless that account is unverified. */
function definition(evidence: Evidence[], viewers: string[], candidates: string[]): Row[] {
  const rows: Row[] = [];
  const about = (knower: string, known: string) =>
    evidence.filter((piece) => piece.knower === knower && piece.known === known && knower !== known);
  for (const viewer of new Set(viewers))
    for (const candidate of new Set(candidates)) {
      const known = about(viewer, candidate);
      if (known.length === 0) continue;
      const mutual = about(candidate, viewer).length > 0;
      rows.push([viewer, candidate, mutual, !known.some((piece) => piece.firm)]);
    }
  return rows.sort(byPair);
}

describe('knows_online: who knows whom online, between two sets', () => {
  let medium: Medium;
  beforeAll(async () => {
    medium = await startMedium({ imports: [SocialGraphCoreModule] });
  });
  afterAll(() => medium.close());

  it.each([1, 2, 3])(
    'gives exactly what the definition gives, on random graph %i and 30 pairs of sets',
    async (seed) => {
      const random = seeded(seed);
      const members = await makeMembers(medium, 10, { announce: false });
      const evidence = await randomGraph(medium, members, random);
      const ids = members.map((member) => member.id);
      let found = 0;
      for (const [viewers, candidates] of setPairsOf(ids, random)) {
        const expected = definition(evidence, viewers, candidates);
        expect({ viewers, candidates, rows: await knowsOnlineRows(medium, viewers, candidates) }).toEqual({
          viewers,
          candidates,
          rows: expected,
        });
        found += expected.length;
      }
      // The graphs are dense enough that each kind of answer occurs.
      const all = definition(evidence, ids, ids);
      expect(found).toBeGreaterThan(0);
      expect(all.some((row) => row[2])).toBe(true);
      expect(all.some((row) => !row[2])).toBe(true);
      expect(all.some((row) => row[3])).toBe(true);
    },
  );
});
