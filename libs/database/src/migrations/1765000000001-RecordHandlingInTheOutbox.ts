import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox records when an event's consumer finished with it (handled_at), instead of the consumer keeping its
 * own table of handled ids: pruning and re-driving then read the outbox alone, and the outbox's table stays its own.
 */
export class RecordHandlingInTheOutbox1765000000001 implements MigrationInterface {
  name = 'RecordHandlingInTheOutbox1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "handled_at" timestamptz`);
    await queryRunner.query(`
      UPDATE "outbox_event" e SET handled_at = h.handled_at
        FROM "notification_outbox_handled" h WHERE h.outbox_event_id = e.id`);
    await queryRunner.query(`DROP TABLE "notification_outbox_handled"`);
    // The sweeper's question: relayed, not handled (a job Redis lost).
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_unhandled" ON "outbox_event" ("relayed_at")
        WHERE relayed_at IS NOT NULL AND handled_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_outbox_event_unhandled"`);
    await queryRunner.query(`
      CREATE TABLE "notification_outbox_handled" (
        "outbox_event_id" uuid NOT NULL,
        "handled_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification_outbox_handled" PRIMARY KEY ("outbox_event_id")
      )`);
    await queryRunner.query(`
      INSERT INTO "notification_outbox_handled" (outbox_event_id, handled_at)
      SELECT id, handled_at FROM "outbox_event" WHERE handled_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "handled_at"`);
  }
}
