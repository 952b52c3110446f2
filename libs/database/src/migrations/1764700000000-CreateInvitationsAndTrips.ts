import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations (only the SHA-256 of each token is stored), the per-meetup "members may bring people they know"
 * switch, trips and the coffee offers they make to people in the city.
 */
export class CreateInvitationsAndTrips1764700000000 implements MigrationInterface {
  name = 'CreateInvitationsAndTrips1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "invitation_status" AS ENUM ('pending', 'accepted', 'declined', 'revoked', 'expired')`,
    );
    await queryRunner.query(`
      CREATE TABLE "invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meetup_id" uuid NOT NULL,
        "inviter_id" uuid NOT NULL,
        "invitee_user_id" uuid,
        "invitee_email" varchar(320),
        "status" "invitation_status" NOT NULL DEFAULT 'pending',
        "personal_message" varchar(1000),
        "token_hash" bytea NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "responded_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_invitation" PRIMARY KEY ("id"),
        CONSTRAINT "fk_invitation_meetup" FOREIGN KEY ("meetup_id") REFERENCES "meetup" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_invitation_inviter" FOREIGN KEY ("inviter_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_invitation_invitee" FOREIGN KEY ("invitee_user_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_invitation_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "ck_invitation_has_invitee" CHECK ("invitee_user_id" IS NOT NULL OR "invitee_email" IS NOT NULL)
      )`);
    // Nobody is invited twice to one meetup, neither as a member nor by e-mail address.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invitation_meetup_invitee" ON "invitation" ("meetup_id", "invitee_user_id")
        WHERE "invitee_user_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invitation_meetup_email" ON "invitation" ("meetup_id", lower("invitee_email"))
        WHERE "invitee_email" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_invitee" ON "invitation" ("invitee_user_id", "created_at" DESC, "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_inviter_created" ON "invitation" ("inviter_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_meetup_created" ON "invitation" ("meetup_id", "created_at" DESC, "id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "meetup_guest_policy" (
        "meetup_id" uuid NOT NULL,
        "members_may_invite" boolean NOT NULL DEFAULT false,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_meetup_guest_policy" PRIMARY KEY ("meetup_id"),
        CONSTRAINT "fk_meetup_guest_policy_meetup" FOREIGN KEY ("meetup_id") REFERENCES "meetup" ("id") ON DELETE CASCADE
      )`);

    await queryRunner.query(`CREATE TYPE "trip_status" AS ENUM ('planned', 'cancelled')`);
    await queryRunner.query(`
      CREATE TABLE "trip" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "traveller_id" uuid NOT NULL,
        "city" varchar(100) NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "note" varchar(500),
        "status" "trip_status" NOT NULL DEFAULT 'planned',
        "coffee_meetup_id" uuid,
        "cancelled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_trip" PRIMARY KEY ("id"),
        CONSTRAINT "fk_trip_traveller" FOREIGN KEY ("traveller_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_trip_coffee_meetup" FOREIGN KEY ("coffee_meetup_id") REFERENCES "meetup" ("id") ON DELETE SET NULL,
        CONSTRAINT "ck_trip_ends_after_start" CHECK ("ends_on" >= "starts_on")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_trip_traveller" ON "trip" ("traveller_id", "starts_on" DESC, "id")`,
    );

    await queryRunner.query(`CREATE TYPE "coffee_offer_status" AS ENUM ('open', 'accepted', 'cancelled')`);
    await queryRunner.query(`
      CREATE TABLE "coffee_offer" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "trip_id" uuid NOT NULL,
        "recipient_id" uuid NOT NULL,
        "status" "coffee_offer_status" NOT NULL DEFAULT 'open',
        "responded_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_coffee_offer" PRIMARY KEY ("id"),
        CONSTRAINT "fk_coffee_offer_trip" FOREIGN KEY ("trip_id") REFERENCES "trip" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_coffee_offer_recipient" FOREIGN KEY ("recipient_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_coffee_offer_trip_recipient" UNIQUE ("trip_id", "recipient_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_coffee_offer_recipient" ON "coffee_offer" ("recipient_id", "created_at" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "coffee_offer"`);
    await queryRunner.query(`DROP TYPE "coffee_offer_status"`);
    await queryRunner.query(`DROP TABLE "trip"`);
    await queryRunner.query(`DROP TYPE "trip_status"`);
    await queryRunner.query(`DROP TABLE "meetup_guest_policy"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "invitation_status"`);
  }
}
