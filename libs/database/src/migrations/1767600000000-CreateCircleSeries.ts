import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Series of a circle's meetups: a recurrence rule with the first occurrence's local start in the meetup's zone, the
 * fields every occurrence starts with, and one row per occurrence made (unique per series and rule instant, so the
 * worker may make them as often as it likes).
 */
export class CreateCircleSeries1767600000000 implements MigrationInterface {
  name = 'CreateCircleSeries1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "circle_series" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "circle_id" uuid NOT NULL REFERENCES "circle" ("id") ON DELETE CASCADE,
        -- Occurrences are made in this member's name; the series ends with their account.
        "organiser_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        -- RRULE without DTSTART: expanded in local wall time from first_start_local.
        "rule" varchar(500) NOT NULL,
        "first_start_local" timestamp NOT NULL,
        "duration_minutes" integer NOT NULL,
        "time_zone" varchar(64) NOT NULL,
        -- Occurrences start before this instant; set when a later part of the series is split off or ended.
        "ends_before" timestamptz,
        "fields" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "ix_circle_series_circle" ON "circle_series" ("circle_id")`);
    await queryRunner.query(`CREATE INDEX "ix_circle_series_organiser" ON "circle_series" ("organiser_id")`);
    await queryRunner.query(`
      CREATE TABLE "circle_series_occurrence" (
        "series_id" uuid NOT NULL REFERENCES "circle_series" ("id") ON DELETE CASCADE,
        "occurs_at" timestamptz NOT NULL,
        -- Null while a worker makes its meetup (claimed_at keeps a second worker off it for a while), and after
        -- the meetup is gone: made_at says it was made once, so it is never made again.
        "meetup_id" uuid UNIQUE REFERENCES "meetup" ("id") ON DELETE SET NULL,
        "claimed_at" timestamptz,
        "made_at" timestamptz,
        CONSTRAINT "pk_circle_series_occurrence" PRIMARY KEY ("series_id", "occurs_at")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "circle_series_occurrence"`);
    await queryRunner.query(`DROP TABLE "circle_series"`);
  }
}
