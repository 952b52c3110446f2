import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Addresses that asked never to be invited again, kept only as a keyed hash (see InvitationOptOut). */
export class CreateInvitationOptOuts1764980000000 implements MigrationInterface {
  name = 'CreateInvitationOptOuts1764980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitation_opt_out" (
         "address_key" char(64) NOT NULL,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT "pk_invitation_opt_out" PRIMARY KEY ("address_key"),
         CONSTRAINT "ck_invitation_opt_out_key" CHECK ("address_key" ~ '^[0-9a-f]{64}$')
       )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation_opt_out"`);
  }
}
