import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The introduction predicate learns DESIGN.md rule 3's "both verified their e-mail": an account nobody has
 * proven to be its owner's is neither told about people nor told about. Everything that asks told_about()
 * (introductions, "people you know here", "N people you know are going", trips, bulk invitations) follows.
 */
export class IntroduceOnlyVerifiedEmails1764950000000 implements MigrationInterface {
  name = 'IntroduceOnlyVerifiedEmails1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      toldAbout(`AND viewer_account.email_verified_at IS NOT NULL
           AND candidate_account.email_verified_at IS NOT NULL`),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(toldAbout(''));
  }
}

// As in CreateKnowsOnlineFunctions, plus `verified` (empty in the earlier version).
const toldAbout = (verified: string) => `
  CREATE OR REPLACE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
  RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
  LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT k.viewer_id, k.user_id, k.mutual, k.claimed_only
      FROM knows_online(viewer_ids, candidate_ids) k
      JOIN profile viewer ON viewer.user_id = k.viewer_id
      JOIN profile candidate ON candidate.user_id = k.user_id
      JOIN "user" viewer_account ON viewer_account.id = k.viewer_id
      JOIN "user" candidate_account ON candidate_account.id = k.user_id
     WHERE viewer.introductions <> 'off'
       AND candidate.introductions <> 'off'
       AND (k.mutual OR (viewer.introductions = 'everyone' AND candidate.introductions = 'everyone'))
       AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.viewer_id AND b.blocked_id = k.user_id)
       AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.user_id AND b.blocked_id = k.viewer_id)
       ${verified}
  $fn$`;
