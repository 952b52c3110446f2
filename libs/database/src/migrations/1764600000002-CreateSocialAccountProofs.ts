import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSocialAccountProofs1764600000002 implements MigrationInterface {
  name = 'CreateSocialAccountProofs1764600000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "social_proof_status" AS ENUM ('pending', 'verified', 'failed')`);
    // Keyed by who asks, not by social_account: someone may prove a handle another member only claimed.
    await queryRunner.query(`
      CREATE TABLE "social_account_proof" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "platform" varchar(20) NOT NULL,
        "handle" varchar(300) NOT NULL,
        "code" varchar(40) NOT NULL,
        "status" "social_proof_status" NOT NULL DEFAULT 'pending',
        "reason" varchar(40),
        "checked_at" timestamptz,
        "next_check_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_social_account_proof" PRIMARY KEY ("id"),
        CONSTRAINT "fk_social_account_proof_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_social_account_proof_claim" ON "social_account_proof" ("user_id", "platform", "handle")`,
    );
    // The periodic re-check reads only verified proofs that are due.
    await queryRunner.query(
      `CREATE INDEX "ix_social_account_proof_due" ON "social_account_proof" ("next_check_at") WHERE status = 'verified'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "social_account_proof"`);
    await queryRunner.query(`DROP TYPE "social_proof_status"`);
  }
}
