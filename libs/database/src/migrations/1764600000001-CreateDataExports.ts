import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDataExports1764600000001 implements MigrationInterface {
  name = 'CreateDataExports1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Kept in Postgres, not on a disk: any API process can serve the download, and pruning is one DELETE.
    await queryRunner.query(`
      CREATE TABLE "data_export" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "ready_at" timestamptz,
        "expires_at" timestamptz,
        "download_token_hash" char(64),
        "data" jsonb,
        "calendar" text,
        CONSTRAINT "pk_data_export" PRIMARY KEY ("id"),
        CONSTRAINT "fk_data_export_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_data_export_user" ON "data_export" ("user_id", "requested_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_data_export_expires" ON "data_export" ("expires_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_export"`);
  }
}
