import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * told_about(), the introduction rule, restated in PL/pgSQL with the same body as in SuspendMembers. A SQL function
 * is inlined into each statement that calls it and planned again with that statement: its body joins a dozen
 * relations, so planning cost more than answering for "people you know here". A PL/pgSQL function keeps its plan
 * per connection: custom plans for the sizes it is called with at first, then one generic plan when that is no
 * dearer. Callers with sets far larger than usual (the digest of a whole meetup) ask for a custom plan with
 * `SET LOCAL plan_cache_mode = force_custom_plan`. What the rule means does not change.
 */
export class PlanTheIntroductionRuleOncePerSession1767810000000 implements MigrationInterface {
  name = 'PlanTheIntroductionRuleOncePerSession1767810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
      RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
      LANGUAGE plpgsql STABLE PARALLEL SAFE AS $fn$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY ${TOLD_ABOUT_BODY};
      END
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION told_about(viewer_ids uuid[], candidate_ids uuid[])
      RETURNS TABLE (viewer_id uuid, user_id uuid, mutual boolean, claimed_only boolean)
      LANGUAGE sql STABLE PARALLEL SAFE AS $fn$ ${TOLD_ABOUT_BODY} $fn$`);
  }
}

/** DESIGN.md rules 2–5, as in SuspendMembers, over `acquaintances`: rows k of knows_online() or the same. */
export const toldAboutRule = (acquaintances: string) => `
        SELECT k.viewer_id, k.user_id, k.mutual, k.claimed_only
          FROM ${acquaintances}
          JOIN member_profile viewer ON viewer.user_id = k.viewer_id
          JOIN member_profile candidate ON candidate.user_id = k.user_id
         WHERE viewer.introductions <> 'off'
           AND candidate.introductions <> 'off'
           AND (k.mutual OR (viewer.introductions = 'everyone' AND candidate.introductions = 'everyone'))
           AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.viewer_id AND b.blocked_id = k.user_id)
           AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = k.user_id AND b.blocked_id = k.viewer_id)
           AND EXISTS (SELECT 1 FROM member_account account WHERE account.user_id = k.viewer_id
                          AND account.email_verified AND NOT account.suspended)
           AND EXISTS (SELECT 1 FROM member_account account WHERE account.user_id = k.user_id
                          AND account.email_verified AND NOT account.suspended)`;

const TOLD_ABOUT_BODY = toldAboutRule('knows_online(viewer_ids, candidate_ids) k');
