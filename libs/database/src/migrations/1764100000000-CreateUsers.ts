import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1764100000000 implements MigrationInterface {
  name = 'CreateUsers1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "user_role" AS ENUM ('member', 'organiser', 'admin')`);
    await queryRunner.query(`
      CREATE TABLE "user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "password_hash" varchar(255) NOT NULL,
        "display_name" varchar(100) NOT NULL,
        "role" "user_role" NOT NULL DEFAULT 'member',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_user" PRIMARY KEY ("id")
      )`);
    // E-mail addresses are unique regardless of case: Sabine@x.de and sabine@x.de are one person.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_email_lower" ON "user" (lower("email"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TYPE "user_role"`);
  }
}
