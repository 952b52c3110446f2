import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's photo (libs/profiles) and a meetup's cover (libs/meetups) are uploads libs/media stored: the row keeps
 * the image's id (`photo-<hash>`, `cover-<hash>`) and its thumbhash placeholder. The old avatar_url and cover_image_url,
 * links to any https address, go: pages show images from this site only (img-src 'self'). The views that name profile columns
 * are made again around the change.
 */
export class AddPhotosAndCovers1766400000000 implements MigrationInterface {
  name = 'AddPhotosAndCovers1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW meetup_attendance`);
    await queryRunner.query(`DROP VIEW member_profile`);
    await queryRunner.query(`ALTER TABLE profile DROP COLUMN avatar_url,
      ADD COLUMN photo varchar(48), ADD COLUMN photo_placeholder varchar(64)`);
    await queryRunner.query(`ALTER TABLE meetup DROP COLUMN cover_image_url,
      ADD COLUMN cover varchar(48), ADD COLUMN cover_placeholder varchar(64)`);
    await queryRunner.query(memberProfile('photo, photo_placeholder'));
    await queryRunner.query(MEETUP_ATTENDANCE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW meetup_attendance`);
    await queryRunner.query(`DROP VIEW member_profile`);
    await queryRunner.query(`ALTER TABLE meetup DROP COLUMN cover, DROP COLUMN cover_placeholder,
      ADD COLUMN cover_image_url varchar(2000)`);
    await queryRunner.query(`ALTER TABLE profile DROP COLUMN photo, DROP COLUMN photo_placeholder,
      ADD COLUMN avatar_url varchar(500)`);
    await queryRunner.query(memberProfile('avatar_url'));
    await queryRunner.query(MEETUP_ATTENDANCE);
  }
}

const memberProfile = (image: string) => `
  CREATE VIEW member_profile AS
    SELECT user_id, handle, display_name, headline, bio, home_city, topics, ${image}, language, time_zone,
           profile_visibility, follow_list_visibility, introductions, attendance_visibility,
           accepts_invitations, accepts_coffee_offers
      FROM profile`;

// As in PublishReadModels.
const MEETUP_ATTENDANCE = `
  CREATE VIEW meetup_attendance AS
    SELECT r.meetup_id, r.user_id, r.status, r.updated_at,
           r.attends_visibly AND coalesce(p.attendance_visibility::text, 'visible') = 'visible' AS visible
      FROM rsvp r LEFT JOIN member_profile p ON p.user_id = r.user_id`;
