import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may organise: the admins' settings (one row per setting, the organiser policy first) and members' requests
 * to become organisers. At most one request per member is pending; a decided one keeps who decided and when.
 */
export class CreateOrganiserPolicy1766000000000 implements MigrationInterface {
  name = 'CreateOrganiserPolicy1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "admin_setting" (
        "key" varchar(64) PRIMARY KEY,
        "value" jsonb NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE TYPE "organiser_request_status" AS ENUM ('pending', 'approved', 'declined')`,
    );
    await queryRunner.query(`
      CREATE TABLE "organiser_request" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "message" varchar(1000) NOT NULL,
        "status" "organiser_request_status" NOT NULL DEFAULT 'pending',
        "decided_by" uuid REFERENCES "user" ("id") ON DELETE SET NULL,
        "decided_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organiser_request_pending" ON "organiser_request" ("user_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_organiser_request_status" ON "organiser_request" ("status", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organiser_request_user" ON "organiser_request" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organiser_request"`);
    await queryRunner.query(`DROP TYPE "organiser_request_status"`);
    await queryRunner.query(`DROP TABLE "admin_setting"`);
  }
}
