import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ledger row may address an e-mail instead of a member: invitations reach people not on Neuland yet.
 * Exactly one of recipient_id and recipient_email is set. Member rows keep their unique key unchanged; rows
 * for an address get their own (kind, address, subject, occurrence) key, so both stay exactly-once.
 */
export class AddressNotificationsToEmail1764800000000 implements MigrationInterface {
  name = 'AddressNotificationsToEmail1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "recipient_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notification" ADD COLUMN "recipient_email" varchar(320)`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_one_recipient"
         CHECK (("recipient_id" IS NULL) <> ("recipient_email" IS NULL))`,
    );
    // Addresses are stored lower-cased, so one person is one key however the inviter typed them.
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_email_lower"
         CHECK ("recipient_email" = lower("recipient_email"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_email_key" ON "notification" ("kind", "recipient_email", "subject_id", "occurrence")
         WHERE "recipient_email" IS NOT NULL`,
    );
    // Erasing or exporting what was sent to an address finds its rows without a scan.
    await queryRunner.query(
      `CREATE INDEX "ix_notification_recipient_email" ON "notification" ("recipient_email")
         WHERE "recipient_email" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "recipient_id" IS NULL`);
    await queryRunner.query(`DROP INDEX "ix_notification_recipient_email"`);
    await queryRunner.query(`DROP INDEX "uq_notification_email_key"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_email_lower"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_one_recipient"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "recipient_email"`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "recipient_id" SET NOT NULL`);
  }
}
