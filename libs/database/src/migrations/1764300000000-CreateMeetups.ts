import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMeetups1764300000000 implements MigrationInterface {
  name = 'CreateMeetups1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "meetup_visibility" AS ENUM ('public', 'unlisted', 'invite_only')`);
    await queryRunner.query(`CREATE TYPE "meetup_status" AS ENUM ('draft', 'published', 'cancelled')`);
    await queryRunner.query(`CREATE TYPE "rsvp_status" AS ENUM ('going', 'waitlisted', 'not_going')`);
    await queryRunner.query(`
      CREATE TABLE "meetup" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organiser_id" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "topics" text[] NOT NULL DEFAULT '{}',
        "city" varchar(100) NOT NULL,
        "venue_name" varchar(200),
        "address" varchar(500),
        "online_url" varchar(2000),
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "time_zone" varchar(64) NOT NULL,
        "capacity" integer,
        "visibility" "meetup_visibility" NOT NULL DEFAULT 'public',
        "status" "meetup_status" NOT NULL DEFAULT 'draft',
        "rsvp_deadline" timestamptz,
        "cover_image_url" varchar(2000),
        "going_count" integer NOT NULL DEFAULT 0,
        "sequence" integer NOT NULL DEFAULT 0,
        "venue_check_in_code" varchar(16) NOT NULL,
        "cancellation_message" text,
        "published_at" timestamptz,
        "cancelled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_meetup" PRIMARY KEY ("id"),
        CONSTRAINT "fk_meetup_organiser" FOREIGN KEY ("organiser_id") REFERENCES "user" ("id"),
        CONSTRAINT "ck_meetup_ends_after_start" CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "ck_meetup_capacity" CHECK ("capacity" IS NULL OR "capacity" >= 1),
        -- The invariant the RSVP lock protects, enforced once more by the database itself.
        CONSTRAINT "ck_meetup_never_overbooked" CHECK ("capacity" IS NULL OR "going_count" <= "capacity")
      )`);
    // The public listing: upcoming published public meetups ordered by start.
    await queryRunner.query(
      `CREATE INDEX "ix_meetup_listed_by_start" ON "meetup" ("starts_at", "id") WHERE status = 'published' AND visibility = 'public'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meetup_organiser" ON "meetup" ("organiser_id")`);
    await queryRunner.query(`
      CREATE TABLE "meetup_co_host" (
        "meetup_id" uuid NOT NULL REFERENCES "meetup" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "added_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_meetup_co_host" PRIMARY KEY ("meetup_id", "user_id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meetup_co_host_user" ON "meetup_co_host" ("user_id")`);
    // Waitlist order is the ticket drawn when joining the waitlist: strictly increasing, never reused.
    // A promoted RSVP keeps its ticket, so the order it was promoted in can still be checked.
    await queryRunner.query(`CREATE SEQUENCE "rsvp_waitlist_ticket_seq"`);
    await queryRunner.query(`
      CREATE TABLE "rsvp" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meetup_id" uuid NOT NULL REFERENCES "meetup" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "status" "rsvp_status" NOT NULL,
        "attends_visibly" boolean NOT NULL DEFAULT true,
        "via_invitation" boolean NOT NULL DEFAULT false,
        "waitlist_ticket" bigint,
        "check_in_code" varchar(16) NOT NULL,
        "checked_in_at" timestamptz,
        "responded_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_rsvp" PRIMARY KEY ("id"),
        CONSTRAINT "uq_rsvp_meetup_user" UNIQUE ("meetup_id", "user_id"),
        CONSTRAINT "uq_rsvp_check_in_code" UNIQUE ("check_in_code"),
        CONSTRAINT "ck_rsvp_waitlist_ticket" CHECK ("status" <> 'waitlisted' OR "waitlist_ticket" IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_rsvp_waitlist" ON "rsvp" ("meetup_id", "waitlist_ticket") WHERE status = 'waitlisted'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rsvp_meetup_status" ON "rsvp" ("meetup_id", "status", "responded_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_rsvp_user_going" ON "rsvp" ("user_id") WHERE status = 'going'`);
    // A personal calendar feed: only the SHA-256 of the secret token is stored; rotating replaces it.
    await queryRunner.query(`
      CREATE TABLE "calendar_feed" (
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "token_hash" char(64) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_calendar_feed" PRIMARY KEY ("user_id"),
        CONSTRAINT "uq_calendar_feed_token_hash" UNIQUE ("token_hash")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP TABLE "rsvp"`);
    await queryRunner.query(`DROP SEQUENCE "rsvp_waitlist_ticket_seq"`);
    await queryRunner.query(`DROP TABLE "meetup_co_host"`);
    await queryRunner.query(`DROP TABLE "meetup"`);
    await queryRunner.query(`DROP TYPE "rsvp_status"`);
    await queryRunner.query(`DROP TYPE "meetup_status"`);
    await queryRunner.query(`DROP TYPE "meetup_visibility"`);
  }
}
