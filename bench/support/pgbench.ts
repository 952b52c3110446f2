// The write ceilings an RSVP is measured against, from the PostgreSQL the benchmark uses, in the same run:
// `pgbench -N` (simple-update: one small write transaction per request, spread over many rows) and a script
// in which every transaction updates the same row (what RSVPs to one meetup cost at best), both with 8 clients.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const CLIENTS = 8;

export interface PgbenchCeilings {
  simpleUpdateTps: (seconds: number) => Promise<number>;
  hotRowTps: (seconds: number) => Promise<number>;
  drop: () => Promise<void>;
}

/** A scratch pgbench database beside the benchmark's; `serverUrl` points at the `postgres` database. */
export async function preparePgbench(serverUrl: string): Promise<PgbenchCeilings> {
  const server = new URL(serverUrl);
  const name = `neuland_bench_pgbench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const connection = [
    '-h',
    server.hostname,
    '-p',
    server.port || '5432',
    '-U',
    decodeURIComponent(server.username || 'postgres'),
  ];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(server.password) };
  await run('pgbench', ['-i', '-q', '-s', '1', ...connection, name], { env });
  const hotScript = join(tmpdir(), `${name}-hot-row.sql`);
  writeFileSync(hotScript, 'UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = 1;\n');

  const tps = async (args: string[], seconds: number) => {
    const { stdout } = await run(
      'pgbench',
      ['-n', '-c', String(CLIENTS), '-j', '2', '-T', String(seconds), ...args, ...connection, name],
      { env },
    );
    const failed = /number of failed transactions: (\d+)/.exec(stdout);
    if (failed && Number(failed[1]) > 0) throw new Error(`pgbench: ${failed[1]} failed transactions`);
    const match = /tps = ([\d.]+)/.exec(stdout);
    if (!match) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return Math.round(Number(match[1]));
  };

  return {
    simpleUpdateTps: (seconds) => tps(['-N'], seconds),
    hotRowTps: (seconds) => tps(['-f', hotScript], seconds),
    drop: async () => {
      rmSync(hotScript, { force: true });
      const cleanup = new pg.Client({ connectionString: server.toString() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
