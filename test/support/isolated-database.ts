// A database of its own for a test file that runs a worker: the outbox and the ledger are global to a
// database, so a worker in the shared test database would relay (and mail) other files' events.
import { randomBytes } from 'node:crypto';
import { postgresOptions } from '@neuland/database';
import pg from 'pg';
import { DataSource } from 'typeorm';

export interface IsolatedDatabase {
  url: string;
  /** A plain pg pool for the test's own setup and assertions. */
  pool: pg.Pool;
  drop: () => Promise<void>;
}

export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const server = new URL(
    process.env.NEULAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const name = `neuland_test_${randomBytes(5).toString('hex')}`;
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();

  const url = new URL(server);
  url.pathname = `/${name}`;
  const migrator = new DataSource(postgresOptions(url.toString()));
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();

  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  return {
    url: url.toString(),
    pool,
    drop: async () => {
      await pool.end();
      const dropper = new pg.Client({ connectionString: server.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
