import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProfilesAndSocialGraph1764200000000 implements MigrationInterface {
  name = 'CreateProfilesAndSocialGraph1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "profile_visibility" AS ENUM ('everyone', 'members', 'contacts')`);
    await queryRunner.query(
      `CREATE TYPE "follow_list_visibility" AS ENUM ('everyone', 'contacts', 'nobody')`,
    );
    await queryRunner.query(`CREATE TYPE "introductions_setting" AS ENUM ('off', 'mutual', 'everyone')`);
    await queryRunner.query(`CREATE TYPE "attendance_visibility" AS ENUM ('visible', 'private')`);
    await queryRunner.query(`
      CREATE TABLE "profile" (
        "user_id" uuid NOT NULL,
        "handle" varchar(40) NOT NULL,
        "display_name" varchar(100) NOT NULL,
        "headline" varchar(200),
        "bio" varchar(4000),
        "home_city" varchar(100),
        "topics" varchar(50)[] NOT NULL DEFAULT '{}',
        "avatar_url" varchar(500),
        "language" varchar(2) NOT NULL DEFAULT 'de',
        "time_zone" varchar(64) NOT NULL DEFAULT 'Europe/Berlin',
        "profile_visibility" "profile_visibility" NOT NULL DEFAULT 'members',
        "follow_list_visibility" "follow_list_visibility" NOT NULL DEFAULT 'contacts',
        "introductions" "introductions_setting" NOT NULL DEFAULT 'mutual',
        "attendance_visibility" "attendance_visibility" NOT NULL DEFAULT 'visible',
        "accepts_invitations" boolean NOT NULL DEFAULT true,
        "accepts_coffee_offers" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_profile" PRIMARY KEY ("user_id"),
        CONSTRAINT "fk_profile_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_profile_handle" CHECK ("handle" ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        CONSTRAINT "ck_profile_language" CHECK ("language" IN ('de', 'en'))
      )`);
    // Handles are stored lower-cased, so this unique index makes them unique regardless of case.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_profile_handle" ON "profile" ("handle")`);
    await queryRunner.query(`CREATE INDEX "ix_profile_home_city" ON "profile" (lower("home_city"))`);
    await queryRunner.query(`CREATE INDEX "ix_profile_topics" ON "profile" USING gin ("topics")`);
    // Accounts that existed before profiles: a handle from their id, which they can change.
    await queryRunner.query(`
      INSERT INTO "profile" ("user_id", "handle", "display_name")
      SELECT "id", 'member-' || replace("id"::text, '-', ''), "display_name" FROM "user"`);

    // Matching keys of members: social accounts (shown on the profile) and the keyed hash of the e-mail (never shown).
    await queryRunner.query(`
      CREATE TABLE "social_account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "platform" varchar(20) NOT NULL,
        "handle" varchar(300) NOT NULL,
        "verified" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_social_account" PRIMARY KEY ("id"),
        CONSTRAINT "fk_social_account_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    // One platform handle belongs to at most one member; also the index imports are matched through.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_social_account_platform_handle" ON "social_account" ("platform", "handle") INCLUDE ("user_id", "verified")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_social_account_user" ON "social_account" ("user_id")`);

    await queryRunner.query(`
      CREATE TABLE "follow" (
        "follower_id" uuid NOT NULL,
        "followee_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_follow" PRIMARY KEY ("follower_id", "followee_id"),
        CONSTRAINT "fk_follow_follower" FOREIGN KEY ("follower_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_follow_followee" FOREIGN KEY ("followee_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_follow_not_self" CHECK ("follower_id" <> "followee_id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_follow_followee" ON "follow" ("followee_id", "follower_id")`);

    await queryRunner.query(`
      CREATE TABLE "block" (
        "blocker_id" uuid NOT NULL,
        "blocked_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_block" PRIMARY KEY ("blocker_id", "blocked_id"),
        CONSTRAINT "fk_block_blocker" FOREIGN KEY ("blocker_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_block_blocked" FOREIGN KEY ("blocked_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_block_not_self" CHECK ("blocker_id" <> "blocked_id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_block_blocked" ON "block" ("blocked_id", "blocker_id")`);

    // An uploaded file: only counts and row-level reasons, never names or raw rows.
    await queryRunner.query(`
      CREATE TABLE "contact_import" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_id" uuid NOT NULL,
        "format" varchar(20) NOT NULL,
        "fingerprint" char(64) NOT NULL,
        "rows_read" integer NOT NULL,
        "recognised" integer NOT NULL,
        "matched_at_import" integer NOT NULL,
        "rejected" integer NOT NULL,
        "rejections" jsonb NOT NULL DEFAULT '[]',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_contact_import" PRIMARY KEY ("id"),
        CONSTRAINT "fk_contact_import_owner" FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    // The same file uploaded twice is one import.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contact_import_owner_fingerprint" ON "contact_import" ("owner_id", "fingerprint")`,
    );
    // One recognised key of an import: a normalised handle or profile URL, or the keyed hash of an e-mail address.
    await queryRunner.query(`
      CREATE TABLE "imported_contact" (
        "import_id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "platform" varchar(20) NOT NULL,
        "handle" varchar(300) NOT NULL,
        CONSTRAINT "pk_imported_contact" PRIMARY KEY ("import_id", "platform", "handle"),
        CONSTRAINT "fk_imported_contact_import" FOREIGN KEY ("import_id") REFERENCES "contact_import" ("id") ON DELETE CASCADE
      )`);
    // Both directions of "knows online" through imports: what an owner imported, and who imported a key.
    await queryRunner.query(
      `CREATE INDEX "ix_imported_contact_owner" ON "imported_contact" ("owner_id", "platform", "handle")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_imported_contact_key" ON "imported_contact" ("platform", "handle", "owner_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "imported_contact"`);
    await queryRunner.query(`DROP TABLE "contact_import"`);
    await queryRunner.query(`DROP TABLE "block"`);
    await queryRunner.query(`DROP TABLE "follow"`);
    await queryRunner.query(`DROP TABLE "social_account"`);
    await queryRunner.query(`DROP TABLE "profile"`);
    await queryRunner.query(`DROP TYPE "attendance_visibility"`);
    await queryRunner.query(`DROP TYPE "introductions_setting"`);
    await queryRunner.query(`DROP TYPE "follow_list_visibility"`);
    await queryRunner.query(`DROP TYPE "profile_visibility"`);
  }
}
