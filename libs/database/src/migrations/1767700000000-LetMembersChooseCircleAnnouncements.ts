import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a member hears of a circle's new meetups: a mail for each (at most one a day per circle), a weekly digest,
 * or none. Kept on the membership, so leaving forgets it and rejoining starts from the default.
 */
export class LetMembersChooseCircleAnnouncements1767700000000 implements MigrationInterface {
  name = 'LetMembersChooseCircleAnnouncements1767700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "circle_announcements" AS ENUM ('every_meetup', 'weekly_digest', 'none')`,
    );
    await queryRunner.query(
      `ALTER TABLE "circle_member" ADD "announcements" "circle_announcements" NOT NULL DEFAULT 'every_meetup'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "circle_member" DROP COLUMN "announcements"`);
    await queryRunner.query(`DROP TYPE "circle_announcements"`);
  }
}
