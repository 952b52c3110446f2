// Random graphs of follows and imported contacts for the tests of the introduction rule, from seeded random numbers:
// the evidence each holds, as the definitions in those tests read it.
import { randomBytes } from 'node:crypto';
import type { Member } from './members.js';
import type { Medium } from './medium.js';

/** One piece of evidence that `knower` knows `known`: firm unless it rests on an unverified account elsewhere. */
export interface Evidence {
  knower: string;
  known: string;
  firm: boolean;
}

/** The same random numbers on every run, so a failure can be run again. */
export function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Follows, accounts elsewhere (verified or not) and imports that match them, or an address, at random. */
export async function randomGraph(
  medium: Medium,
  members: Member[],
  random: () => number,
): Promise<Evidence[]> {
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

/** An answer of knows_online or told_about, as the specs compare them. */
export type KnowsRow = [viewer: string, candidate: string, mutual: boolean, claimedOnly: boolean];

export const byPair = (a: KnowsRow, b: KnowsRow) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`);

/** What knows_online answers for the two sets, in pair order. */
export async function knowsOnlineRows(
  medium: Medium,
  viewers: string[],
  candidates: string[],
): Promise<KnowsRow[]> {
  const { rows } = await medium.pool.query<{
    viewer_id: string;
    user_id: string;
    mutual: boolean;
    claimed_only: boolean;
  }>(`SELECT * FROM knows_online($1::uuid[], $2::uuid[])`, [viewers, candidates]);
  return rows.map((row): KnowsRow => [row.viewer_id, row.user_id, row.mutual, row.claimed_only]).sort(byPair);
}

/** 30 pairs of (viewers, candidates): the same, one against all, halves, repeated, empty, then random subsets. */
export function setPairsOf(ids: string[], random: () => number): Array<[string[], string[]]> {
  const half = Math.floor(ids.length / 2);
  const pick = () => ids.filter(() => random() < 0.5);
  const setPairs: Array<[string[], string[]]> = [
    [ids, ids],
    [ids.slice(0, 1), ids],
    [ids, ids.slice(0, 1)],
    [ids.slice(0, half), ids.slice(half)],
    [[...ids.slice(0, 3), ...ids.slice(0, 3)], ids],
    [[], ids],
  ];
  while (setPairs.length < 30) setPairs.push([pick(), pick()]);
  return setPairs;
}
