// A throw-away database for one benchmark run: neuland_bench_<random> on 127.0.0.1, migrated, dropped at the end.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { postgresOptions } from '../libs/database/src/typeorm-options.js';

export interface BenchDatabase {
  dataSource: DataSource;
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
    drop: async () => {
      await dataSource.destroy().catch(() => undefined);
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
