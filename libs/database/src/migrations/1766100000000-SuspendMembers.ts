import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suspension, an identity fact of the account: `user.suspended_at` (null while the member is in good standing).
 * The account's read model `member_account` gains `suspended`, and the introduction predicate learns the rest of
 * DESIGN.md rule 3: a suspended member is neither told about people nor told about.
 */
export class SuspendMembers1766100000000 implements MigrationInterface {
  name = 'SuspendMembers1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "suspended_at" timestamptz`);
    await queryRunner.query(`
      CREATE OR REPLACE VIEW member_account AS
        SELECT id AS user_id, email_verified_at IS NOT NULL AS email_verified, suspended_at IS NOT NULL AS suspended
          FROM "user"`);
    await queryRunner.query(toldAbout('AND NOT account.suspended'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(toldAbout(''));
    await queryRunner.query(`DROP VIEW member_account`);
    await queryRunner.query(`
      CREATE VIEW member_account AS
        SELECT id AS user_id, email_verified_at IS NOT NULL AS email_verified FROM "user"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "suspended_at"`);
  }
}

// As in PublishReadModels, with `accountRule` added to what each side's account must satisfy.
const toldAbout = (accountRule: string) => `
  CREATE OR REPLACE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
  RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
  LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT k.viewer_id, k.user_id, k.mutual, k.claimed_only
      FROM knows_online(viewer_ids, candidate_ids) k
      JOIN member_profile viewer ON viewer.user_id = k.viewer_id
      JOIN member_profile candidate ON candidate.user_id = k.user_id
     WHERE viewer.introductions <> 'off'
       AND candidate.introductions <> 'off'
       AND (k.mutual OR (viewer.introductions = 'everyone' AND candidate.introductions = 'everyone'))
       AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.viewer_id AND b.blocked_id = k.user_id)
       AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.user_id AND b.blocked_id = k.viewer_id)
       AND EXISTS (SELECT 1 FROM member_account account WHERE account.user_id = k.viewer_id
                      AND account.email_verified ${accountRule})
       AND EXISTS (SELECT 1 FROM member_account account WHERE account.user_id = k.user_id
                      AND account.email_verified ${accountRule})
  $fn$`;
