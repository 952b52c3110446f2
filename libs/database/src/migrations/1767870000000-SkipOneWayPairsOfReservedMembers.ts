import type { MigrationInterface, QueryRunner } from 'typeorm';
import { toldAboutRule } from './1767810000000-PlanTheIntroductionRuleOncePerSession.js';
import { evidenceByPair } from './1767850000000-FindWhoKnowsWhomByPair.js';
import { FOLLOWS_WITH_AN_END_IN_THE_SMALLER_SET } from './1767860000000-ScanTheFollowsOnce.js';

/**
 * told_about() with the same answers, dropping early the pairs the rule would drop last. Most acquaintances at a
 * meetup are one-way (one follows the other), and the rule tells about a one-way acquaintance only when both chose
 * "everyone". Every pair has an end in the smaller set, so a one-way pair whose end there did not choose "everyone"
 * cannot be told, and is dropped before the rule joins profiles and accounts for each pair. For the digest of a
 * meetup of 5,000 over 1 M edges that is about 8,000 pairs to join instead of 345,000; the rule itself, applied to
 * what is left, is the same text as before.
 */
export class SkipOneWayPairsOfReservedMembers1767870000000 implements MigrationInterface {
  name = 'SkipOneWayPairsOfReservedMembers1767870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(toldAbout(RESERVED_MEMBERS, DROPPING_ONE_WAY_PAIRS_OF_RESERVED_MEMBERS));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      toldAbout('', `RETURN QUERY ${toldAboutRule('knows_online(viewer_ids, candidate_ids) k')};`),
    );
  }
}

/** told_about() in PL/pgSQL, as PlanTheIntroductionRuleOncePerSession made it: a plan kept per connection. */
const toldAbout = (declare: string, body: string) => `
      CREATE OR REPLACE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
      RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
      LANGUAGE plpgsql STABLE PARALLEL SAFE AS $fn$
      #variable_conflict use_column
      ${declare}
      BEGIN
        ${body}
      END
      $fn$`;

const RESERVED_MEMBERS = `
      DECLARE
        -- Members of the smaller set who did not choose "everyone": a one-way pair with one of them is not told.
        reserved uuid[];`;

const DROPPING_ONE_WAY_PAIRS_OF_RESERVED_MEMBERS = `
        SELECT coalesce(array_agg(asked.id), '{}') INTO reserved
          FROM unnest(smaller_set(viewer_ids, candidate_ids)) AS asked (id)
         WHERE NOT EXISTS (SELECT 1 FROM member_profile p WHERE p.user_id = asked.id AND p.introductions = 'everyone');
        RETURN QUERY
${evidenceByPair(FOLLOWS_WITH_AN_END_IN_THE_SMALLER_SET)}        told_pair AS (
          SELECT * FROM pair
           WHERE (low_knows_high IS NOT NULL AND high_knows_low IS NOT NULL)
              OR NOT (low = ANY (reserved) OR high = ANY (reserved))
        ),
        acquaintance (viewer_id, user_id, mutual, claimed_only) AS (
          SELECT low, high, high_knows_low IS NOT NULL, NOT low_knows_high
            FROM told_pair WHERE low_knows_high IS NOT NULL AND low = ANY (viewer_ids) AND high = ANY (candidate_ids)
          UNION ALL
          SELECT high, low, low_knows_high IS NOT NULL, NOT high_knows_low
            FROM told_pair WHERE high_knows_low IS NOT NULL AND high = ANY (viewer_ids) AND low = ANY (candidate_ids)
        )${toldAboutRule('acquaintance k')};`;
