import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A deleted account's past and cancelled meetups stay (their attendance counts), without naming the organiser. */
export class KeepMeetupsOfDeletedOrganisers1764960000000 implements MigrationInterface {
  name = 'KeepMeetupsOfDeletedOrganisers1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetup" ALTER COLUMN "organiser_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "meetup" DROP CONSTRAINT "fk_meetup_organiser"`);
    await queryRunner.query(
      `ALTER TABLE "meetup" ADD CONSTRAINT "fk_meetup_organiser" FOREIGN KEY ("organiser_id") REFERENCES "user" ("id") ON DELETE SET NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetup" DROP CONSTRAINT "fk_meetup_organiser"`);
    await queryRunner.query(
      `ALTER TABLE "meetup" ADD CONSTRAINT "fk_meetup_organiser" FOREIGN KEY ("organiser_id") REFERENCES "user" ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "meetup" ALTER COLUMN "organiser_id" SET NOT NULL`);
  }
}
