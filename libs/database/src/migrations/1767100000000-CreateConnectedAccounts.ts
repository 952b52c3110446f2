import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Connected Mastodon and Bluesky accounts: a connection is an import source (its contacts live in imported_contact
 * under its own contact_import row, so disconnecting removes exactly what only it brought), the OAuth apps Neuland
 * registered with each Mastodon server, and the authorisations a member has started but not finished.
 */
export class CreateConnectedAccounts1767100000000 implements MigrationInterface {
  name = 'CreateConnectedAccounts1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One app per server and redirect address, registered on first use and kept; the secret is sealed like tokens.
    await queryRunner.query(`
      CREATE TABLE "mastodon_app" (
        "server" varchar(253) NOT NULL,
        "redirect_uri" varchar(500) NOT NULL,
        "client_id" varchar(200) NOT NULL,
        "client_secret_sealed" bytea NOT NULL,
        "scope" varchar(40) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_mastodon_app" PRIMARY KEY ("server", "redirect_uri")
      )`);
    // An authorisation under way: its state is looked up by hash, and it is used once.
    await queryRunner.query(`
      CREATE TABLE "account_connection_request" (
        "state_hash" char(64) NOT NULL,
        "owner_id" uuid NOT NULL,
        "server" varchar(253) NOT NULL,
        "redirect_uri" varchar(500) NOT NULL,
        "code_verifier" varchar(128) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "pk_account_connection_request" PRIMARY KEY ("state_hash"),
        CONSTRAINT "fk_account_connection_request_owner" FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "account_connection" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_id" uuid NOT NULL,
        "network" varchar(20) NOT NULL,
        "handle" varchar(300) NOT NULL,
        "server" varchar(253) NOT NULL,
        "remote_account_id" varchar(200) NOT NULL,
        "import_id" uuid NOT NULL,
        "token_sealed" bytea,
        "status" varchar(20) NOT NULL DEFAULT 'reading',
        "reason" varchar(40),
        "accounts_found" integer,
        "last_read_at" timestamptz,
        "next_read_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_account_connection" PRIMARY KEY ("id"),
        CONSTRAINT "ck_account_connection_network" CHECK ("network" IN ('mastodon', 'bluesky')),
        CONSTRAINT "ck_account_connection_status"
          CHECK ("status" IN ('reading', 'connected', 'access_withdrawn', 'failed')),
        CONSTRAINT "fk_account_connection_owner" FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_account_connection_import" FOREIGN KEY ("import_id") REFERENCES "contact_import" ("id") ON DELETE CASCADE
      )`);
    // Connecting the same account again refreshes the one connection.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_account_connection_owner_account" ON "account_connection" ("owner_id", "network", "handle")`,
    );
    // The scheduler's scan: connections due for another read.
    await queryRunner.query(
      `CREATE INDEX "ix_account_connection_next_read" ON "account_connection" ("next_read_at") WHERE "next_read_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_connection"`);
    await queryRunner.query(`DROP TABLE "account_connection_request"`);
    await queryRunner.query(`DROP TABLE "mastodon_app"`);
  }
}
