// A throw-away database for one benchmark run: neuland_bench_<random> on 127.0.0.1, migrated, dropped at the end.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { postgresOptions } from '../libs/database/src/typeorm-options.js';

export interface BenchDatabase {
  dataSource: DataSource;
  /** For benchmarks that start the API against it. */
  url: string;
  drop: () => Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(server.hostname)) {
    throw new Error(`Benchmarks run only against a local Postgres, not ${server.hostname}`);
  }
  const name = `neuland_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(server);
  url.pathname = `/${name}`;
  const dataSource = new DataSource({ ...postgresOptions(url.toString()), extra: { max: 4 } });
  await dataSource.initialize();
  await dataSource.runMigrations();
  // No single statement of a benchmark may run away with the shared machine.
  await dataSource.query(`ALTER DATABASE ${name} SET statement_timeout = '120s'`);

  return {
    dataSource,
    url: url.toString(),
    drop: async () => {
      await dataSource.destroy().catch(() => undefined);
      // BENCH_KEEP_DATABASE=1 leaves it for EXPLAIN and psql; drop it by hand afterwards.
      if (process.env.BENCH_KEEP_DATABASE) return console.log(`kept the database ${name}`);
      const cleanup = new pg.Client({ connectionString: server.toString() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * `count` verified members numbered 1..count in the table bench_user (n → id), each with a profile (every tenth
 * introduces to everyone, the rest to mutual contacts) and a Mastodon account (every third of them verified).
 */
export async function populateMembers(db: DataSource, count: number): Promise<void> {
  await db.query(`CREATE TABLE bench_user (n int PRIMARY KEY, id uuid NOT NULL)`);
  await db.query(`INSERT INTO bench_user SELECT n, gen_random_uuid() FROM generate_series(1, ${count}) n`);
  await db.query(`INSERT INTO "user" (id, email, password_hash, display_name, email_verified_at)
    SELECT id, 'bench-' || n || '@example.org', 'x', 'Bench ' || n, now() FROM bench_user`);
  await db.query(`INSERT INTO profile (user_id, handle, display_name, introductions)
    SELECT id, 'bench-' || n, 'Bench ' || n, (CASE WHEN n % 10 = 0 THEN 'everyone' ELSE 'mutual' END)::introductions_setting
      FROM bench_user`);
  await db.query(`INSERT INTO social_account (user_id, platform, handle, verified)
    SELECT id, 'mastodon', 'u' || n || '@bench.social', n % 3 = 0 FROM bench_user`);
}
