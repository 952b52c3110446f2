import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1764100000001 implements MigrationInterface {
  name = 'CreateOutbox1764100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "topic" varchar(100) NOT NULL,
        "subject_id" uuid,
        "payload" jsonb NOT NULL,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        "relayed_at" timestamptz,
        CONSTRAINT "pk_outbox_event" PRIMARY KEY ("id")
      )`);
    // The relay reads the oldest unrelayed rows; this index stays as small as the backlog.
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_unrelayed" ON "outbox_event" ("occurred_at") WHERE relayed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_event_subject" ON "outbox_event" ("subject_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
