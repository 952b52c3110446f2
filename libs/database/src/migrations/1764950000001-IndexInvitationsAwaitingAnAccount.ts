import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Finds the e-mail invitations waiting for an account when someone verifies that address (one per verification). */
export class IndexInvitationsAwaitingAnAccount1764950000001 implements MigrationInterface {
  name = 'IndexInvitationsAwaitingAnAccount1764950000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_invitation_awaiting_account" ON "invitation" (lower("invitee_email"))
        WHERE "invitee_user_id" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_invitation_awaiting_account"`);
  }
}
