import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotificationLedger1764500000000 implements MigrationInterface {
  name = 'CreateNotificationLedger1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "notification_status" AS ENUM ('pending', 'sent', 'failed', 'skipped')`,
    );
    // The ledger: one row per mail that must go out, created before it is queued. Its unique key makes
    // at-least-once delivery from BullMQ exactly-once in effect.
    await queryRunner.query(`
      CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(50) NOT NULL,
        "recipient_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "subject_id" uuid NOT NULL,
        "occurrence" varchar(100) NOT NULL,
        "data" jsonb NOT NULL DEFAULT '{}',
        "due_at" timestamptz NOT NULL,
        "status" "notification_status" NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" varchar(1000),
        "message_id" varchar(300),
        "sent_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification" PRIMARY KEY ("id"),
        CONSTRAINT "uq_notification_key" UNIQUE ("kind", "recipient_id", "subject_id", "occurrence")
      )`);
    // The sweeper reads pending mail by due time; the index is as small as the backlog.
    await queryRunner.query(
      `CREATE INDEX "ix_notification_pending_due" ON "notification" ("due_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notification_recipient" ON "notification" ("recipient_id")`);

    // Which relayed outbox rows the notifications consumer has finished: the sweeper re-drives the others,
    // so an event whose job vanished from Redis is handled anyway.
    await queryRunner.query(`
      CREATE TABLE "notification_outbox_handled" (
        "outbox_event_id" uuid NOT NULL,
        "handled_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification_outbox_handled" PRIMARY KEY ("outbox_event_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_topic_relayed" ON "outbox_event" ("topic", "relayed_at") WHERE relayed_at IS NOT NULL`,
    );

    // Absent row = defaults (everything on). The mail language is the profile's.
    await queryRunner.query(`
      CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
        "introductions" boolean NOT NULL DEFAULT true,
        "reminders" boolean NOT NULL DEFAULT true,
        "invitations" boolean NOT NULL DEFAULT true,
        "updates" boolean NOT NULL DEFAULT true,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "ix_outbox_event_topic_relayed"`);
    await queryRunner.query(`DROP TABLE "notification_outbox_handled"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "notification_status"`);
  }
}
