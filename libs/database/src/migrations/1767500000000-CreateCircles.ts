import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Circles: an organiser's recurring group. Its members and their roles, join requests awaiting approval, bans, and
 * which meetups belong to it (the link is the circle's: meetups know nothing of circles).
 */
export class CreateCircles1767500000000 implements MigrationInterface {
  name = 'CreateCircles1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "circle_visibility" AS ENUM ('public', 'unlisted', 'members_only')`);
    await queryRunner.query(`CREATE TYPE "circle_join_policy" AS ENUM ('open', 'approval')`);
    await queryRunner.query(`CREATE TYPE "circle_role" AS ENUM ('owner', 'co_organiser', 'member')`);
    await queryRunner.query(`
      CREATE TABLE "circle" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        "slug" varchar(40) NOT NULL,
        "name" varchar(100) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "city" varchar(100) NOT NULL,
        "topics" text[] NOT NULL DEFAULT '{}',
        "visibility" "circle_visibility" NOT NULL DEFAULT 'public',
        "join_policy" "circle_join_policy" NOT NULL DEFAULT 'open',
        "join_question" varchar(300),
        "member_count" integer NOT NULL DEFAULT 0,
        -- Images stored by libs/media: a square logo (kind photo) and a wide cover, with their placeholders.
        "logo" varchar(48),
        "logo_placeholder" varchar(64),
        "cover" varchar(48),
        "cover_placeholder" varchar(64),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // Slugs are compared as typed lower-case; one circle per slug.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_circle_slug" ON "circle" ("slug")`);
    await queryRunner.query(
      `CREATE INDEX "ix_circle_city" ON "circle" (lower("city"), "member_count" DESC) WHERE "visibility" = 'public'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_circle_topics" ON "circle" USING gin ("topics")`);
    await queryRunner.query(`
      CREATE TABLE "circle_member" (
        "circle_id" uuid NOT NULL REFERENCES "circle" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "role" "circle_role" NOT NULL DEFAULT 'member',
        "shown_on_profile" boolean NOT NULL DEFAULT true,
        -- Milliseconds, as the members list's page cursors carry it.
        "joined_at" timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        CONSTRAINT "pk_circle_member" PRIMARY KEY ("circle_id", "user_id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_circle_member_user" ON "circle_member" ("user_id")`);
    // Exactly one owner per circle: a hand-over swaps roles in one transaction.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_circle_owner" ON "circle_member" ("circle_id") WHERE "role" = 'owner'`,
    );
    await queryRunner.query(`
      CREATE TABLE "circle_join_request" (
        "circle_id" uuid NOT NULL REFERENCES "circle" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "answer" varchar(500) NOT NULL DEFAULT '',
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_circle_join_request" PRIMARY KEY ("circle_id", "user_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_circle_join_request_user" ON "circle_join_request" ("user_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "circle_ban" (
        "circle_id" uuid NOT NULL REFERENCES "circle" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "banned_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_circle_ban" PRIMARY KEY ("circle_id", "user_id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_circle_ban_user" ON "circle_ban" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "circle_meetup" (
        "meetup_id" uuid NOT NULL PRIMARY KEY REFERENCES "meetup" ("id") ON DELETE CASCADE,
        "circle_id" uuid NOT NULL REFERENCES "circle" ("id") ON DELETE CASCADE,
        "added_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_circle_meetup_circle" ON "circle_meetup" ("circle_id", "added_at" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "circle_meetup"`);
    await queryRunner.query(`DROP TABLE "circle_ban"`);
    await queryRunner.query(`DROP TABLE "circle_join_request"`);
    await queryRunner.query(`DROP TABLE "circle_member"`);
    await queryRunner.query(`DROP TABLE "circle"`);
    await queryRunner.query(`DROP TYPE "circle_role"`);
    await queryRunner.query(`DROP TYPE "circle_join_policy"`);
    await queryRunner.query(`DROP TYPE "circle_visibility"`);
  }
}
