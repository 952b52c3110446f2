import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An admin may hide a meetup (a report upheld): `meetup.hidden_at`. A hidden meetup is "not found" to everyone but
 * its hosts and admins, and out of listings, feeds and previews; the meetups of a suspended organiser are hidden
 * the same way, read through `member_account.suspended`, so lifting the suspension shows them again.
 */
export class HideMeetups1766100000001 implements MigrationInterface {
  name = 'HideMeetups1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetup" ADD "hidden_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetup" DROP COLUMN "hidden_at"`);
  }
}
