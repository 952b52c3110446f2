import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `seat_offer`: a going member hands their seat to a waitlisted contact, who may take it until `expires_at`. The
 * giver keeps the seat while the offer is open; taking swaps the two RSVPs under the meetup's row lock, and an
 * expired or declined offer frees the seat for the waitlist as any withdrawal does.
 */
export class CreateSeatOffers1767200000000 implements MigrationInterface {
  name = 'CreateSeatOffers1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "seat_offer_status" AS ENUM ('open', 'taken', 'declined', 'expired', 'lapsed')`,
    );
    await queryRunner.query(`
      CREATE TABLE "seat_offer" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meetup_id" uuid NOT NULL REFERENCES "meetup" ("id") ON DELETE CASCADE,
        "giver_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "receiver_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "status" "seat_offer_status" NOT NULL DEFAULT 'open',
        "expires_at" timestamptz NOT NULL,
        "settled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_seat_offer" PRIMARY KEY ("id"),
        CONSTRAINT "ck_seat_offer_to_someone_else" CHECK ("giver_id" <> "receiver_id")
      )`);
    // One open offer per seat, and one seat held out to each waitlisted member at a time.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_seat_offer_open_giver" ON "seat_offer" ("meetup_id", "giver_id") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_seat_offer_open_receiver" ON "seat_offer" ("meetup_id", "receiver_id") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_seat_offer_open_expiry" ON "seat_offer" ("expires_at") WHERE status = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_seat_offer_giver" ON "seat_offer" ("giver_id")`);
    await queryRunner.query(`CREATE INDEX "ix_seat_offer_receiver" ON "seat_offer" ("receiver_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seat_offer"`);
    await queryRunner.query(`DROP TYPE "seat_offer_status"`);
  }
}
