import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Circles fill in meetups' `rsvp_refusal` hook: a member banned from a meetup's circle answers "going" to none of its
 * meetups ('banned_from_circle', which the circles feature names BANNED_FROM_CIRCLE). rsvp_going asks it under the
 * meetup's lock, so the ban costs a "going" no round trip of its own.
 */
export class RefuseRsvpsOfCircleBans1767800000001 implements MigrationInterface {
  name = 'RefuseRsvpsOfCircleBans1767800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION rsvp_refusal(p_meetup_id uuid, p_user_id uuid) RETURNS text
      LANGUAGE sql STABLE AS $fn$
        SELECT 'banned_from_circle' FROM circle_meetup cm
          JOIN circle_ban b ON b.circle_id = cm.circle_id AND b.user_id = p_user_id
         WHERE cm.meetup_id = p_meetup_id
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION rsvp_refusal(p_meetup_id uuid, p_user_id uuid) RETURNS text
      LANGUAGE sql STABLE AS $fn$ SELECT NULL::text $fn$`);
  }
}
