import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: who did what to whose data, append-only. A trigger refuses every UPDATE, DELETE and TRUNCATE, so
 * not even the application's own database role can change the record afterwards. Actor and target are kept as plain
 * ids (no foreign keys): the record outlives the accounts it names.
 */
export class CreateAuditLog1765100000000 implements MigrationInterface {
  name = 'CreateAuditLog1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial PRIMARY KEY,
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "action" varchar(100) NOT NULL,
        "target_kind" varchar(50) NOT NULL,
        "target_id" uuid,
        "changes" jsonb NOT NULL DEFAULT '{}',
        "request_id" varchar(64),
        "client_address" varchar(64)
      )`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id", "at")`);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_target" ON "audit_log" ("target_kind", "target_id", "at")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION refuse_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $fn$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
        FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change()`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_log_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION refuse_audit_log_change()`);
  }
}
