/**
 * How the reader knows each person they are introduced to, as ties the mail and the meetup page put in words
 * ("You follow each other on Mastodon", "You follow Sabine on Bluesky", "Sabine follows you here").
 *
 * What each side may learn, by DESIGN.md's introduction rule (told_about), decided here and nowhere else:
 * - Only about people the reader is told about now: told_about is asked again, so a block, an unfollow or a
 *   setting changed since a digest was planned leaves nothing to say.
 * - The reader's own links to them (whom the reader follows here, whom their imports matched) are the reader's
 *   own knowledge: always said.
 * - Their links to the reader (they follow the reader, they imported the reader) only where the two know each
 *   other mutually: "Nothing ever tells R that X imported or follows R, unless rule 5's mutual case holds". With
 *   both on `everyone` and no link back, only the reader's own side is said; a link back is never hinted at.
 * - A network is named only through an account its holder has verified: a claimed account may be someone
 *   else's, and naming it would tell the reader about that other person's follows. Claimed-only matches keep the
 *   generic words and the "claimed" mark.
 * - E-mail address matches are never named (no one learns which address an account uses), nor websites (there is
 *   no following a website); such links keep the generic words too.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { DataSource } from 'typeorm';

/** Where a link was made: `here` for a follow on Neuland, else the network an import or account came from. */
export type TieNetwork = 'here' | 'mastodon' | 'bluesky' | 'x' | 'linkedin' | 'instagram' | 'facebook';

export type TieWay = 'eachOther' | 'youFollow' | 'followsYou';

export interface Tie {
  way: TieWay;
  network: TieNetwork;
}

const NAMED_IMPORT_NETWORKS: TieNetwork[] = ['mastodon', 'bluesky', 'x', 'linkedin', 'instagram', 'facebook'];

const TIES_OF_TOLD: PreparedStatement = {
  name: 'how-you-know',
  text: `WITH told AS (SELECT user_id, mutual FROM told_about(ARRAY[$1::uuid], $2::uuid[]))
         SELECT t.user_id AS "userId", 'out' AS direction, 'here' AS network
           FROM told t JOIN follow f ON f.follower_id = $1 AND f.followee_id = t.user_id
         UNION
         SELECT t.user_id, 'in', 'here'
           FROM told t JOIN follow f ON f.follower_id = t.user_id AND f.followee_id = $1
          WHERE t.mutual
         UNION
         SELECT t.user_id, 'out', ic.platform
           FROM told t
           JOIN member_social_account sa ON sa.user_id = t.user_id AND sa.verified
           JOIN imported_contact ic ON ic.owner_id = $1 AND ic.platform = sa.platform AND ic.handle = sa.handle
          WHERE ic.platform = ANY($3::text[])
         UNION
         SELECT t.user_id, 'in', ic.platform
           FROM told t
           JOIN member_social_account sa ON sa.user_id = $1 AND sa.verified
           JOIN imported_contact ic ON ic.owner_id = t.user_id AND ic.platform = sa.platform AND ic.handle = sa.handle
          WHERE t.mutual AND ic.platform = ANY($3::text[])`,
};

@Injectable()
export class HowYouKnow {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** For each of `candidateIds` the reader is told about, the ties that may be said (see the file's note). */
  async between(readerId: string, candidateIds: string[]): Promise<Map<string, Tie[]>> {
    if (candidateIds.length === 0) return new Map();
    // The link back (direction 'in') is read only for mutual pairs: told.mutual guards both 'in' branches.
    const rows = await runPrepared<{ userId: string; direction: 'out' | 'in'; network: TieNetwork }>(
      this.db,
      TIES_OF_TOLD,
      [readerId, candidateIds, NAMED_IMPORT_NETWORKS],
    );
    const links = new Map<string, { out: Set<TieNetwork>; in: Set<TieNetwork> }>();
    for (const row of rows) {
      const person = links.get(row.userId) ?? { out: new Set(), in: new Set() };
      person[row.direction].add(row.network);
      links.set(row.userId, person);
    }
    return new Map([...links].map(([userId, person]) => [userId, tiesOf(person.out, person.in)]));
  }
}

/** Both ways on one network first, then the reader's own, then theirs; `here` before the other networks. */
function tiesOf(out: Set<TieNetwork>, back: Set<TieNetwork>): Tie[] {
  const order = (network: TieNetwork) => (network === 'here' ? '' : network);
  const networks = [...new Set([...out, ...back])].sort((a, b) => order(a).localeCompare(order(b)));
  const way = (network: TieNetwork): TieWay =>
    out.has(network) && back.has(network) ? 'eachOther' : out.has(network) ? 'youFollow' : 'followsYou';
  const rank: Record<TieWay, number> = { eachOther: 0, youFollow: 1, followsYou: 2 };
  return networks
    .map((network) => ({ way: way(network), network }))
    .sort((a, b) => rank[a.way] - rank[b.way]);
}
