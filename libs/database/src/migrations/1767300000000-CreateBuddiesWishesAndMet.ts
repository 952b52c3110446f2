import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The networking feature's own tables: buddy choices and the pairs made from them (one pairing run per meetup),
 * "I'd like to meet you" wishes, and "we met" confirmations. Keys make "nobody twice" and "one wish per pair" hold
 * in the database, whatever the code does.
 */
export class CreateBuddiesWishesAndMet1767300000000 implements MigrationInterface {
  name = 'CreateBuddiesWishesAndMet1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE buddy_role AS ENUM ('be_welcomed', 'welcome')`);
    await queryRunner.query(`
      CREATE TABLE buddy_choice (
        meetup_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role buddy_role NOT NULL,
        chosen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meetup_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_buddy_choice_user ON buddy_choice (user_id)`);
    await queryRunner.query(`
      CREATE TABLE buddy_pairing_run (
        meetup_id uuid PRIMARY KEY,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE buddy_pair (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meetup_id uuid NOT NULL,
        welcomer_id uuid NOT NULL,
        welcomed_id uuid NOT NULL,
        shared_topics int NOT NULL DEFAULT 0,
        paired_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_buddy_pair_welcomer UNIQUE (meetup_id, welcomer_id),
        CONSTRAINT uq_buddy_pair_welcomed UNIQUE (meetup_id, welcomed_id),
        CONSTRAINT ck_buddy_pair_two_people CHECK (welcomer_id <> welcomed_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_buddy_pair_welcomer ON buddy_pair (welcomer_id)`);
    await queryRunner.query(`CREATE INDEX ix_buddy_pair_welcomed ON buddy_pair (welcomed_id)`);
    await queryRunner.query(`
      CREATE TABLE meeting_wish (
        meetup_id uuid NOT NULL,
        wisher_id uuid NOT NULL,
        wished_id uuid NOT NULL,
        wished_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meetup_id, wisher_id, wished_id),
        CONSTRAINT ck_meeting_wish_two_people CHECK (wisher_id <> wished_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_meeting_wish_wisher ON meeting_wish (wisher_id)`);
    await queryRunner.query(`CREATE INDEX ix_meeting_wish_wished ON meeting_wish (wished_id)`);
    await queryRunner.query(`
      CREATE TABLE met_confirmation (
        meetup_id uuid NOT NULL,
        confirmer_id uuid NOT NULL,
        met_id uuid NOT NULL,
        knew_online boolean NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meetup_id, confirmer_id, met_id),
        CONSTRAINT ck_met_confirmation_two_people CHECK (confirmer_id <> met_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_met_confirmation_confirmer ON met_confirmation (confirmer_id)`);
    await queryRunner.query(`CREATE INDEX ix_met_confirmation_met ON met_confirmation (met_id)`);
    await queryRunner.query(
      `CREATE INDEX ix_met_confirmation_confirmed_at ON met_confirmation (confirmed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE met_confirmation`);
    await queryRunner.query(`DROP TABLE meeting_wish`);
    await queryRunner.query(`DROP TABLE buddy_pair`);
    await queryRunner.query(`DROP TABLE buddy_pairing_run`);
    await queryRunner.query(`DROP TABLE buddy_choice`);
    await queryRunner.query(`DROP TYPE buddy_role`);
  }
}
