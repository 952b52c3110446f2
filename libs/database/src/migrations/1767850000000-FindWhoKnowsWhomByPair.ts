import type { MigrationInterface, QueryRunner } from 'typeorm';
import { knowsOnline } from './1765000000000-PublishReadModels.js';

/**
 * knows_online() with the same answers, found in one pass over the evidence. The earlier body grouped the evidence by
 * (knower, known), then joined that grouping with itself to see whether the other one knows back: for a meetup of
 * 5,000 that meant sorting 350,000 pairs twice, after hashing the whole follow table. Here the evidence is grouped by
 * the unordered pair, so one group says both directions, and the sets are tested as arrays, which PostgreSQL hashes
 * when they are large. Callers pass the sets as values (bind parameters or told_about's arguments), as they all do:
 * an array computed inside the calling statement would be searched value by value for each follow.
 * test/medium/knows-online.medium-spec.ts holds both bodies to the definition.
 */
export class FindWhoKnowsWhomByPair1767850000000 implements MigrationInterface {
  name = 'FindWhoKnowsWhomByPair1767850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION smaller_set(a uuid[], b uuid[]) RETURNS uuid[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$ SELECT CASE WHEN cardinality(a) <= cardinality(b) THEN a ELSE b END $fn$`);
    await queryRunner.query(knowsOnlineByPair(FOLLOWS_FROM_EITHER_END));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(knowsOnline('member_social_account'));
    await queryRunner.query(`DROP FUNCTION smaller_set(uuid[], uuid[])`);
  }
}

/** Each follow with an end in the smaller set, found through that set's indexes; one with both ends there, twice. */
export const FOLLOWS_FROM_EITHER_END = `            SELECT f.follower_id AS knower, f.followee_id AS known, true AS firm, true AS knower_in_smaller
              FROM follow f WHERE f.follower_id = ANY (smaller_set(viewer_ids, candidate_ids))
            UNION ALL
            SELECT f.follower_id, f.followee_id, true, false
              FROM follow f WHERE f.followee_id = ANY (smaller_set(viewer_ids, candidate_ids))
`;

/**
 * The body of knows_online() as this migration states it, around `followEvidence`: rows of (knower, known, firm,
 * knower_in_smaller) for the follows between the two sets.
 */
export const knowsOnlineByPair = (followEvidence: string) => `
      CREATE OR REPLACE FUNCTION knows_online(viewer_ids uuid[], candidate_ids uuid[])
      RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
${evidenceByPair(followEvidence)}        direction AS (
          SELECT low AS knower, high AS known, high_knows_low IS NOT NULL AS mutual, NOT low_knows_high AS claimed_only
            FROM pair WHERE low_knows_high IS NOT NULL
          UNION ALL
          SELECT high, low, low_knows_high IS NOT NULL, NOT high_knows_low
            FROM pair WHERE high_knows_low IS NOT NULL
        )
        SELECT knower, known, mutual, claimed_only
          FROM direction
         WHERE knower = ANY (viewer_ids) AND known = ANY (candidate_ids)
      $fn$`;

/**
 * The CTEs `evidence` (each piece between the two sets, once) and `pair` (one row per unordered pair, with what each
 * side knows of the other), for bodies over `viewer_ids` and `candidate_ids`; ends with a comma.
 */
export const evidenceByPair = (
  followEvidence: string,
) => `        -- Every piece of evidence between the two sets, in either direction, each once. It is found through the
        -- smaller set's indexes (each piece has one end in it), then kept when its other end is in the other set.
        -- Only the smaller set is a search condition: PostgreSQL estimates a condition on a constant array one value
        -- at a time, which for a set of 5,000 took longer to plan than the late arrival's whole answer. The other
        -- tests stand outside the fence (OFFSET 0), where nothing is estimated, and are hashed as they run.
        WITH evidence (knower, known, firm) AS (
          SELECT knower, known, firm FROM (
${followEvidence}            UNION ALL
            SELECT ic.owner_id, sa.user_id, sa.verified OR sa.platform = 'email', true
              FROM imported_contact ic
              JOIN member_social_account sa ON sa.platform = ic.platform AND sa.handle = ic.handle
             WHERE ic.owner_id = ANY (smaller_set(viewer_ids, candidate_ids))
            UNION ALL
            SELECT ic.owner_id, sa.user_id, sa.verified OR sa.platform = 'email', false
              FROM member_social_account sa
              JOIN imported_contact ic ON ic.platform = sa.platform AND ic.handle = sa.handle
             WHERE sa.user_id = ANY (smaller_set(viewer_ids, candidate_ids))
            OFFSET 0
          ) near
          WHERE ((knower = ANY (viewer_ids) AND known = ANY (candidate_ids))
                 OR (knower = ANY (candidate_ids) AND known = ANY (viewer_ids)))
            -- found from both ends: keep it once
            AND (knower_in_smaller OR (knower = ANY (smaller_set(viewer_ids, candidate_ids))) IS NOT TRUE)
        ),
        -- NULL: no evidence in that direction; false: only evidence resting on an unverified account.
        pair AS (
          SELECT least(knower, known) AS low, greatest(knower, known) AS high,
                 bool_or(firm) FILTER (WHERE knower < known) AS low_knows_high,
                 bool_or(firm) FILTER (WHERE knower > known) AS high_knows_low
            FROM evidence WHERE knower <> known GROUP BY 1, 2
        ),
`;
