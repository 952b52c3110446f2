import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Profile topics keep the case they were written in ("HR", not "hr"); a search for a topic matches whatever the
 * case. `topic_keys(topics)` is what searches compare (libs/profiles publishes it), and it has the GIN index the
 * exact-case one had.
 */
export class MatchTopicsWhateverTheirCase1766500000000 implements MigrationInterface {
  name = 'MatchTopicsWhateverTheirCase1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION topic_keys(topics varchar[]) RETURNS varchar[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT coalesce(array_agg(lower(topic)), '{}')::varchar[] FROM unnest(topics) AS topic $$`);
    await queryRunner.query(
      `CREATE INDEX "ix_profile_topic_keys" ON "profile" USING gin (topic_keys("topics"))`,
    );
    await queryRunner.query(`DROP INDEX "ix_profile_topics"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_profile_topics" ON "profile" USING gin ("topics")`);
    await queryRunner.query(`DROP INDEX "ix_profile_topic_keys"`);
    await queryRunner.query(`DROP FUNCTION topic_keys(varchar[])`);
  }
}
