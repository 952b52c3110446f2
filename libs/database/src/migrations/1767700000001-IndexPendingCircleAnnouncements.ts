import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A circle's second meetup of a day (or week) is folded into that day's (or week's) announcements not sent yet: one
 * UPDATE by circle and occurrence, which the ledger's key (led by kind and recipient) cannot find without a scan.
 */
export class IndexPendingCircleAnnouncements1767700000001 implements MigrationInterface {
  name = 'IndexPendingCircleAnnouncements1767700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_notification_pending_circle_announcements" ON "notification" ("subject_id", "occurrence")
        WHERE status = 'pending' AND kind IN ('circle-new-meetup', 'circle-weekly-digest')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_notification_pending_circle_announcements"`);
  }
}
