import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Circles fill in meetups' `shares_hosting` hook: the owner and co-organisers of a meetup's circle host it. */
export class ShareHostingWithCircleOrganisers1767880000001 implements MigrationInterface {
  name = 'ShareHostingWithCircleOrganisers1767880000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION shares_hosting(p_meetup_id uuid, p_user_id uuid) RETURNS SETOF boolean
      LANGUAGE sql STABLE AS $fn$
        SELECT true FROM circle_meetup cm
          JOIN circle_member m ON m.circle_id = cm.circle_id AND m.user_id = p_user_id
                              AND m.role IN ('owner', 'co_organiser')
         WHERE cm.meetup_id = p_meetup_id
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION shares_hosting(p_meetup_id uuid, p_user_id uuid) RETURNS SETOF boolean
      LANGUAGE sql STABLE AS $fn$ SELECT true WHERE false $fn$`);
  }
}
