import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Profile search (`?q=`) looks for any part of handle, name or headline: a trigram index keeps it off full scans. */
export class IndexProfileSearch1764200000002 implements MigrationInterface {
  name = 'IndexProfileSearch1764200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE INDEX "ix_profile_search_text" ON "profile"
      USING gin ((lower("handle" || ' ' || "display_name" || ' ' || coalesce("headline", ''))) gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_profile_search_text"`);
  }
}
