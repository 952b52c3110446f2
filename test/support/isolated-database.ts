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
  /** Closes the test's pool. The database itself is dropped by test/global-teardown.ts, after every worker
   * of the run has exited: dropping it here would cut connections a just-closed app may still be letting go. */
  close: () => Promise<void>;
}

export async function createIsolatedDatabase(): Promise<IsolatedDatabase> {
  const server = new URL(
    process.env.NEULAND_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  // Named after the run's database, so that the global teardown finds and drops it.
  const name = `${server.pathname.slice(1)}_${randomBytes(5).toString('hex')}`;
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
    close: () => pool.end(),
  };
}
