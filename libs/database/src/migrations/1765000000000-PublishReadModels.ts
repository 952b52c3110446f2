import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models features publish to the features above them (config/boundaries.cjs): a view or a function is
 * what another feature may name in SQL, never the tables behind it. Simple views: PostgreSQL inlines them, so a
 * query through one uses the tables' indexes as before.
 * - auth: member_account (whose address is verified)
 * - profiles: member_profile (the profile and its settings), member_social_account (accounts elsewhere)
 * - social-graph: knows_online() and told_about(), now reading the views above
 * - meetups: meetup_attendance (who answers what, and whether they attend visibly)
 */
export class PublishReadModels1765000000000 implements MigrationInterface {
  name = 'PublishReadModels1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW member_account AS
        SELECT id AS user_id, email_verified_at IS NOT NULL AS email_verified FROM "user"`);
    await queryRunner.query(`
      CREATE VIEW member_profile AS
        SELECT user_id, handle, display_name, headline, bio, home_city, topics, avatar_url, language, time_zone,
               profile_visibility, follow_list_visibility, introductions, attendance_visibility,
               accepts_invitations, accepts_coffee_offers
          FROM profile`);
    await queryRunner.query(`
      CREATE VIEW member_social_account AS
        SELECT user_id, platform, handle, verified FROM social_account`);
    await queryRunner.query(`
      CREATE VIEW meetup_attendance AS
        SELECT r.meetup_id, r.user_id, r.status, r.updated_at,
               r.attends_visibly AND coalesce(p.attendance_visibility::text, 'visible') = 'visible' AS visible
          FROM rsvp r LEFT JOIN member_profile p ON p.user_id = r.user_id`);
    await queryRunner.query(knowsOnline('member_social_account'));
    await queryRunner.query(toldAbout(OVER_READ_MODELS));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(knowsOnline('social_account'));
    await queryRunner.query(toldAbout(OVER_TABLES));
    await queryRunner.query(`DROP VIEW meetup_attendance`);
    await queryRunner.query(`DROP VIEW member_social_account`);
    await queryRunner.query(`DROP VIEW member_profile`);
    await queryRunner.query(`DROP VIEW member_account`);
  }
}

// As in CreateKnowsOnlineFunctions, reading the members' accounts elsewhere from `accounts`. FindWhoKnowsWhomByPair
// goes back to it.
export const knowsOnline = (accounts: string) => `
  CREATE OR REPLACE FUNCTION knows_online(viewer_ids uuid[], candidate_ids uuid[])
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
        JOIN ${accounts} sa ON sa.platform = ic.platform AND sa.handle = ic.handle
        JOIN candidate c ON c.id = sa.user_id
      UNION ALL
      SELECT ic.owner_id, sa.user_id, sa.verified OR sa.platform = 'email'
        FROM viewer v
        JOIN ${accounts} sa ON sa.user_id = v.id
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
  $fn$`;

// As in IntroduceOnlyVerifiedEmails, with the tables named by `from`.
const toldAbout = (from: { profiles: string; accountsOf: (alias: string, id: string) => string }) => `
  CREATE OR REPLACE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
  RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
  LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT k.viewer_id, k.user_id, k.mutual, k.claimed_only
      FROM knows_online(viewer_ids, candidate_ids) k
      JOIN ${from.profiles} viewer ON viewer.user_id = k.viewer_id
      JOIN ${from.profiles} candidate ON candidate.user_id = k.user_id
     WHERE viewer.introductions <> 'off'
       AND candidate.introductions <> 'off'
       AND (k.mutual OR (viewer.introductions = 'everyone' AND candidate.introductions = 'everyone'))
       AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.viewer_id AND b.blocked_id = k.user_id)
       AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.user_id AND b.blocked_id = k.viewer_id)
       AND ${from.accountsOf('viewer_account', 'k.viewer_id')}
       AND ${from.accountsOf('candidate_account', 'k.user_id')}
  $fn$`;

const OVER_READ_MODELS = {
  profiles: 'member_profile',
  accountsOf: (alias: string, id: string) =>
    `EXISTS (SELECT 1 FROM member_account ${alias} WHERE ${alias}.user_id = ${id} AND ${alias}.email_verified)`,
};

const OVER_TABLES = {
  profiles: 'profile',
  accountsOf: (alias: string, id: string) =>
    `EXISTS (SELECT 1 FROM "user" ${alias} WHERE ${alias}.id = ${id} AND ${alias}.email_verified_at IS NOT NULL)`,
};
