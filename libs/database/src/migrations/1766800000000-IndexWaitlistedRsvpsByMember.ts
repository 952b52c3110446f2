import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Your meetups" finds a member's waitlist places by member; going RSVPs already have `ix_rsvp_user_going`.
 */
export class IndexWaitlistedRsvpsByMember1766800000000 implements MigrationInterface {
  name = 'IndexWaitlistedRsvpsByMember1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_rsvp_user_waitlisted" ON "rsvp" ("user_id") WHERE status = 'waitlisted'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_rsvp_user_waitlisted"`);
  }
}
