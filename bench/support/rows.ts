// One row of `npm run bench`'s table. Each benchmark prints its rows as JSON lines the runner collects, so every
// benchmark also runs on its own (`npm run bench:rsvp` and friends) and still prints something readable.
import { loadavg } from 'node:os';
import type { CpuPerRequest } from './cpu-time.js';

export interface BenchRow {
  /** What was measured, in the words. */
  what: string;
  figure: number;
  unit: string;
  /** The ceiling measured in the same run (`SELECT 1 route`, `pgbench -N`), or a fixed limit (`limit`). */
  ceilingName: string;
  ceiling: number;
  /** `ratio`: figure ≥ target × ceiling; `max`: figure ≤ ceiling (a time or a size limit). */
  kind: 'ratio' | 'max';
  target: number;
  /** 1-minute load average when the row was measured: other processes share these cores. */
  load: number;
  /** Why the row measures nothing (refused requests, overbooking, a wrong waitlist), if it does not. */
  voidBecause?: string;
  /** For a request path: the CPU the API and PostgreSQL spent per request (bench/support/cpu-time.ts). */
  cpu?: CpuPerRequest;
  /** The same for the ceiling, when it is a route of the same process (the SELECT 1 route). */
  ceilingCpu?: CpuPerRequest;
}

export const ROW_PREFIX = 'BENCH-ROW ';

export const loadNow = () => Number(loadavg()[0].toFixed(1));

export function passes(row: BenchRow): boolean {
  if (row.voidBecause) return false;
  return row.kind === 'ratio' ? row.figure >= row.target * row.ceiling : row.figure <= row.ceiling;
}

export function emitRow(row: Omit<BenchRow, 'load'> & { load?: number }): BenchRow {
  const complete = { ...row, load: row.load ?? loadNow() };
  if (process.env.BENCH_RUNNER) process.stdout.write(`${ROW_PREFIX}${JSON.stringify(complete)}\n`);
  else process.stdout.write(`${describe(complete)}\n`);
  return complete;
}

/** One line for a benchmark run on its own. */
export function describe(row: BenchRow): string {
  const verdict = row.voidBecause ? `VOID: ${row.voidBecause}` : passes(row) ? 'ok' : 'BELOW TARGET';
  const target =
    row.kind === 'ratio'
      ? `${(row.figure / row.ceiling).toFixed(2)} × ${row.ceilingName} ${row.ceiling} ${row.unit} (target ≥ ${row.target})`
      : `limit ${row.ceiling} ${row.unit}`;
  const cpu = row.cpu ? `, CPU per request: ${describeCpu(row.cpu, row.ceilingCpu)}` : '';
  return `${row.what}: ${row.figure} ${row.unit}, ${target}${cpu}, load ${row.load} — ${verdict}`;
}

/** "API 348 + PostgreSQL 94 µs (SELECT 1 route: 188 + 40)". */
export const describeCpu = (cpu: CpuPerRequest, ceiling?: CpuPerRequest) =>
  `API ${cpu.appUs} + PostgreSQL ${cpu.postgresUs} µs` +
  (ceiling ? ` (SELECT 1 route: ${ceiling.appUs} + ${ceiling.postgresUs})` : '');

/** A fixed limit: `first run < 1 s` becomes figure in ms against 1000 ms. */
export const limitRow = (what: string, figure: number, unit: string, limit: number, voidBecause?: string) =>
  emitRow({ what, figure, unit, ceilingName: 'limit', ceiling: limit, kind: 'max', target: 1, voidBecause });
