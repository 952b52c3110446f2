import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIntroductionMarks1764500000001 implements MigrationInterface {
  name = 'CreateIntroductionMarks1764500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Who has been introduced to whom for which meetup: a later digest lists only people not in here.
    // Written in the same transaction as the digest's ledger row.
    await queryRunner.query(`
      CREATE TABLE "notification_introduction" (
        "meetup_id" uuid NOT NULL,
        "viewer_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "mutual" boolean NOT NULL,
        "introduced_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification_introduction" PRIMARY KEY ("meetup_id", "viewer_id", "user_id")
      )`);
    // When a meetup's full digest run last happened: the sweeper re-runs only meetups with RSVPs since.
    await queryRunner.query(`
      CREATE TABLE "notification_introduction_run" (
        "meetup_id" uuid NOT NULL,
        "ran_at" timestamptz NOT NULL,
        CONSTRAINT "pk_notification_introduction_run" PRIMARY KEY ("meetup_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_introduction_run"`);
    await queryRunner.query(`DROP TABLE "notification_introduction"`);
  }
}
