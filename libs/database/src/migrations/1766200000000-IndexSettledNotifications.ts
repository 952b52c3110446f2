import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin overview counts the mails sent and failed in the last day by kind: without these partial indexes that
 * reads the whole ledger, which only grows. Failed rows have no time of their own; their due time stands in.
 */
export class IndexSettledNotifications1766200000000 implements MigrationInterface {
  name = 'IndexSettledNotifications1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_notification_sent_at" ON "notification" ("sent_at", "kind") WHERE status = 'sent'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_failed_due" ON "notification" ("due_at", "kind") WHERE status = 'failed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_notification_failed_due"`);
    await queryRunner.query(`DROP INDEX "ix_notification_sent_at"`);
  }
}
