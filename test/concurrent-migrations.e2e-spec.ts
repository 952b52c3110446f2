// Two API processes starting at once on an empty database (docker compose --scale api=2): one applies the
// migrations, the other waits for it, and both start.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { postgresOptions } from '@neuland/database';
import pg from 'pg';
import { type ApiHarness, startApi } from './support/api-harness.js';

describe('two APIs starting on an empty database', () => {
  const started: ApiHarness[] = [];
  let pool: pg.Pool | undefined;
  afterAll(async () => {
    await Promise.all(started.map((api) => api.close()));
    await pool?.end();
  });

  it('both start, and every migration is applied once', async () => {
    const server = new URL(process.env.NEULAND_TEST_DATABASE_URL!);
    // Named after the run's database, so that the global teardown drops it.
    const name = `${server.pathname.slice(1)}_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: new URL('/postgres', server).toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    await admin.end();
    const url = new URL(`/${name}`, server).toString();

    const env = { DATABASE_URL: url, DATABASE_MIGRATIONS_RUN: 'true' };
    started.push(...(await Promise.all([startApi(env), startApi(env)])));
    for (const api of started) await api.http().get('/health').expect(200);

    pool = new pg.Pool({ connectionString: url, max: 1 });
    const { rows } = await pool.query<{ name: string; times: number }>(
      `SELECT name, count(*)::int AS times FROM migrations GROUP BY name HAVING count(*) > 1`,
    );
    expect(rows).toEqual([]);
    const { rows: applied } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
    expect(applied[0].n).toBe((postgresOptions(url).migrations as unknown[]).length);
  }, 60_000);
});
