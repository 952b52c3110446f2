import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `shares_hosting(meetup, member)`: a row when a higher feature lets the member host the meetup as its co-hosts do,
 * asked inside the statements that read the caller's relation to a meetup (the meetup page, MeetupAccess) as
 * `EXISTS (SELECT 1 FROM shares_hosting(…))`. It takes the place of MeetupAccess's `shareHostingWith` hook, which
 * asked each such feature in a query of its own: a round trip on every member's read of a meetup. A set-returning SQL
 * function, so that PostgreSQL inlines its body into the calling statement and plans it with it; a scalar function
 * around EXISTS is not inlined and was planned on every call (twice the meetup page's PostgreSQL time). Meetups alone
 * share hosting with nobody; circles fill it in (migration ShareHostingWithCircleOrganisers), as they fill in
 * `rsvp_refusal`.
 */
export class AskHostingSharesInTheStatement1767880000000 implements MigrationInterface {
  name = 'AskHostingSharesInTheStatement1767880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION shares_hosting(p_meetup_id uuid, p_user_id uuid) RETURNS SETOF boolean
      LANGUAGE sql STABLE AS $fn$ SELECT true WHERE false $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION shares_hosting(uuid, uuid)`);
  }
}
