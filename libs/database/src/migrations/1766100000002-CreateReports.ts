import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports (libs/admin): a member reports a profile, a meetup or an invitation with a reason; an admin resolves it.
 * `reported_member_id` is who answers for the subject (the profile's owner, the meetup's organiser, the inviter),
 * kept as a plain id: a report outlives the account it is about. A member has one open report per subject.
 */
export class CreateReports1766100000002 implements MigrationInterface {
  name = 'CreateReports1766100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "report_subject" AS ENUM ('profile', 'meetup', 'invitation')`);
    await queryRunner.query(
      `CREATE TYPE "report_resolution" AS ENUM ('dismissed', 'meetup_hidden', 'member_suspended')`,
    );
    await queryRunner.query(`
      CREATE TABLE "report" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "reporter_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "subject_kind" "report_subject" NOT NULL,
        "subject_id" uuid NOT NULL,
        "reported_member_id" uuid,
        "meetup_id" uuid,
        "reason" varchar(1000) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "resolution" "report_resolution",
        "resolved_by" uuid,
        "resolved_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_report_open_per_subject" ON "report" ("reporter_id", "subject_kind", "subject_id")
        WHERE "resolved_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_queue" ON "report" ("created_at", "id") WHERE "resolved_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_reporter" ON "report" ("reporter_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TYPE "report_resolution"`);
    await queryRunner.query(`DROP TYPE "report_subject"`);
  }
}
