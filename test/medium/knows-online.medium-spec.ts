// `knows_online`, the first half of the introduction rule (DESIGN.md rule 2), against its definition: on random graphs
// of follows and imported contacts, for overlapping, nested, disjoint and repeated sets, each row must be exactly what
// the definition below gives. told-about.medium-spec.ts covers the rules built on top of it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { type Member, makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

interface Evidence {
  knower: string;
  known: string;
  firm: boolean;
}
type Row = [viewer: string, candidate: string, mutual: boolean, claimedOnly: boolean];

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
const byPair = (a: Row, b: Row) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`);

/** The same random numbers on every run, so a failure can be run again. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('knows_online: who knows whom online, between two sets', () => {
  let medium: Medium;
  beforeAll(async () => {
    medium = await startMedium({ imports: [SocialGraphCoreModule] });
  });
  afterAll(() => medium.close());

  /** Follows, accounts elsewhere (verified or not) and imports that match them, or an address, at random. */
  async function randomGraph(members: Member[], random: () => number): Promise<Evidence[]> {
    const tag = randomBytes(4).toString('hex');
    const handleOf = new Map(members.map((member, index) => [member.id, `m${index}-${tag}@knows.social`]));
    const verified = new Map(members.map((member) => [member.id, random() < 0.5]));
    const evidence: Evidence[] = [];
    for (const member of members) {
      if (random() < 0.8)
        await medium.pool.query(
          `INSERT INTO social_account (user_id, platform, handle, verified) VALUES ($1, 'mastodon', $2, $3)`,
          [member.id, handleOf.get(member.id), verified.get(member.id)],
        );
      else handleOf.delete(member.id);
    }
    for (const knower of members) {
      const [{ id: importId }] = (
        await medium.pool.query(
          `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
           VALUES ($1, 'mastodon-csv', $2, 0, 0, 0, 0) RETURNING id`,
          [knower.id, randomBytes(32).toString('hex')],
        )
      ).rows;
      for (const known of members) {
        if (known === knower) continue;
        if (random() < 0.25) {
          await medium.pool.query(`INSERT INTO follow (follower_id, followee_id) VALUES ($1, $2)`, [
            knower.id,
            known.id,
          ]);
          evidence.push({ knower: knower.id, known: known.id, firm: true });
        }
        const handle = handleOf.get(known.id);
        if (handle && random() < 0.2) {
          await medium.pool.query(
            `INSERT INTO imported_contact (import_id, owner_id, platform, handle) VALUES ($1, $2, 'mastodon', $3)`,
            [importId, knower.id, handle],
          );
          evidence.push({ knower: knower.id, known: known.id, firm: verified.get(known.id)! });
        }
        if (random() < 0.1) {
          const [{ handle: emailKey }] = (
            await medium.pool.query(
              `SELECT handle FROM social_account WHERE user_id = $1 AND platform = 'email'`,
              [known.id],
            )
          ).rows;
          await medium.pool.query(
            `INSERT INTO imported_contact (import_id, owner_id, platform, handle) VALUES ($1, $2, 'email', $3)`,
            [importId, knower.id, emailKey],
          );
          evidence.push({ knower: knower.id, known: known.id, firm: true });
        }
      }
    }
    return evidence;
  }

  async function knowsOnline(viewers: string[], candidates: string[]): Promise<Row[]> {
    const { rows } = await medium.pool.query<{
      viewer_id: string;
      user_id: string;
      mutual: boolean;
      claimed_only: boolean;
    }>(`SELECT * FROM knows_online($1::uuid[], $2::uuid[])`, [viewers, candidates]);
    return rows.map((row): Row => [row.viewer_id, row.user_id, row.mutual, row.claimed_only]).sort(byPair);
  }

  it.each([1, 2, 3])(
    'gives exactly what the definition gives, on random graph %i and 30 pairs of sets',
    async (seed) => {
      const random = seeded(seed);
      const members = await makeMembers(medium, 10, { announce: false });
      const evidence = await randomGraph(members, random);
      const ids = members.map((member) => member.id);
      const pick = () => ids.filter(() => random() < 0.5);
      const setPairs: Array<[string[], string[]]> = [
        [ids, ids],
        [ids.slice(0, 1), ids],
        [ids, ids.slice(0, 1)],
        [ids.slice(0, 5), ids.slice(5)],
        [[...ids.slice(0, 3), ...ids.slice(0, 3)], ids],
        [[], ids],
      ];
      while (setPairs.length < 30) setPairs.push([pick(), pick()]);

      let found = 0;
      for (const [viewers, candidates] of setPairs) {
        const expected = definition(evidence, viewers, candidates);
        expect({ viewers, candidates, rows: await knowsOnline(viewers, candidates) }).toEqual({
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
