import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Knows online" and the introduction predicate (DESIGN.md rules 2–5) as set-based SQL functions, so that one
 * statement answers for many viewers × many candidates and other features can call them inside their own queries:
 *   SELECT ... FROM told_about(ARRAY(SELECT ...going...), ARRAY(SELECT ...going and visible...)) t
 * Later rules (suspension, verified e-mail) belong in told_about: replace it in a new migration.
 */
export class CreateKnowsOnlineFunctions1764200000001 implements MigrationInterface {
  name = 'CreateKnowsOnlineFunctions1764200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A row per (viewer, candidate) where the viewer knows the candidate online. Evidence is gathered in both
    // directions between the two sets, so "mutual" needs no second pass. A piece of evidence is firm unless it rests
    // on a social account its owner has not verified; claimed_only is true when no evidence of viewer → candidate is firm.
    await queryRunner.query(`
      CREATE FUNCTION knows_online(viewer_ids uuid[], candidate_ids uuid[])
      RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        WITH viewer AS (SELECT DISTINCT unnest(viewer_ids) AS id),
        candidate AS (SELECT DISTINCT unnest(candidate_ids) AS id),
        evidence (knower, known, firm) AS (
          SELECT f.follower_id, f.followee_id, true
            FROM viewer v JOIN follow f ON f.follower_id = v.id JOIN candidate c ON c.id = f.followee_id
          UNION ALL
          SELECT f.follower_id, f.followee_id, true
            FROM viewer v JOIN follow f ON f.followee_id = v.id JOIN candidate c ON c.id = f.follower_id
          UNION ALL
          SELECT ic.owner_id, sa.user_id, sa.verified OR sa.platform = 'email'
            FROM viewer v
            JOIN imported_contact ic ON ic.owner_id = v.id
            JOIN social_account sa ON sa.platform = ic.platform AND sa.handle = ic.handle
            JOIN candidate c ON c.id = sa.user_id
          UNION ALL
          SELECT ic.owner_id, sa.user_id, sa.verified OR sa.platform = 'email'
            FROM viewer v
            JOIN social_account sa ON sa.user_id = v.id
            JOIN imported_contact ic ON ic.platform = sa.platform AND ic.handle = sa.handle
            JOIN candidate c ON c.id = ic.owner_id
        ),
        knows AS (
          SELECT knower, known, bool_or(firm) AS firm
            FROM evidence WHERE knower <> known GROUP BY knower, known
        )
        SELECT k.knower, k.known, back.knower IS NOT NULL, NOT k.firm
          FROM knows k
          JOIN viewer v ON v.id = k.knower
          JOIN candidate c ON c.id = k.known
          LEFT JOIN knows back ON back.knower = k.known AND back.known = k.knower
      $fn$`);

    // May the viewer be told about the candidate: knows online, no block either way, neither has introductions off,
    // and mutual unless both chose "everyone". Never reveals that the candidate knows the viewer unless mutual.
    await queryRunner.query(`
      CREATE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
      RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
        SELECT k.viewer_id, k.user_id, k.mutual, k.claimed_only
          FROM knows_online(viewer_ids, candidate_ids) k
          JOIN profile viewer ON viewer.user_id = k.viewer_id
          JOIN profile candidate ON candidate.user_id = k.user_id
         WHERE viewer.introductions <> 'off'
           AND candidate.introductions <> 'off'
           AND (k.mutual OR (viewer.introductions = 'everyone' AND candidate.introductions = 'everyone'))
           AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.viewer_id AND b.blocked_id = k.user_id)
           AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.user_id AND b.blocked_id = k.viewer_id)
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION told_about(uuid[], uuid[])`);
    await queryRunner.query(`DROP FUNCTION knows_online(uuid[], uuid[])`);
  }
}
