import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSessionsAndAccountTokens1764600000000 implements MigrationInterface {
  name = 'CreateSessionsAndAccountTokens1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "email_verified_at" timestamptz`);
    await queryRunner.query(`
      CREATE TABLE "session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "user_agent" varchar(300),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        CONSTRAINT "pk_session" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    // "My sessions" and "log out everywhere" read only the live sessions of one person.
    await queryRunner.query(
      `CREATE INDEX "ix_session_user_live" ON "session" ("user_id", "created_at") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(`CREATE TYPE "account_token_purpose" AS ENUM ('verify-email', 'reset-password')`);
    await queryRunner.query(`
      CREATE TABLE "account_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" "account_token_purpose" NOT NULL,
        "token_hash" char(64) NOT NULL,
        "email" varchar(254) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "pk_account_token" PRIMARY KEY ("id"),
        CONSTRAINT "fk_account_token_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_token_hash" ON "account_token" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "ix_account_token_user" ON "account_token" ("user_id", "purpose")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP TYPE "account_token_purpose"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "email_verified_at"`);
  }
}
