// `npm run bench`: every benchmark, one after the other, each on its own fresh database, then one table: the
// figure, its ceiling from the same run, the ratio, the target and the machine's load when the row was measured.
// A row whose run had refused or failed requests (or overbooked, or lost mail) is void, and so is the run.
// `-- --no-build` skips the build it starts with; `-- --only NAME` runs the benchmarks whose file names contain
// NAME; `-- --save NAME` also writes the table and every benchmark's own output to bench/results/<date>-NAME.md.
import { execSync, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { type BenchRow, describeCpu, passes, ROW_PREFIX } from './support/rows.js';

const BENCHMARKS = [
  'bench/http-bench.ts',
  'bench/mail-pipeline.ts',
  'bench/introductions-fanout.ts',
  'bench/imports.ts',
  'bench/start-time.ts',
];

async function runOne(script: string, log: string[]): Promise<{ rows: BenchRow[]; failed?: string }> {
  const rows: BenchRow[] = [];
  const child = spawn(process.execPath, [...process.execArgv, script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BENCH_RUNNER: '1' },
  });
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith(ROW_PREFIX)) rows.push(JSON.parse(line.slice(ROW_PREFIX.length)) as BenchRow);
      else log.push(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk.trimEnd()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { rows, failed: code === 0 ? undefined : `${script} exited with ${code}` };
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function table(rows: BenchRow[]): string {
  const lines = [
    '| benchmark | figure | ceiling (same run) | ratio | target | load (1 min) | result | CPU per request |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const ratio = row.ceiling > 0 ? row.figure / row.ceiling : 0;
    const target = row.kind === 'ratio' ? `≥ ${row.target} ×` : `≤ ${row.ceiling} ${row.unit}`;
    const result = row.voidBecause ? `VOID: ${row.voidBecause}` : passes(row) ? 'ok' : 'BELOW TARGET';
    lines.push(
      `| ${row.what} | ${format(row.figure)} ${row.unit} | ${row.ceilingName}: ${format(row.ceiling)} ` +
        `| ${ratio.toFixed(2)} | ${target} | ${row.load.toFixed(1)} | ${result} ` +
        `| ${row.cpu ? describeCpu(row.cpu, row.ceilingCpu) : ''} |`,
    );
  }
  return lines.join('\n');
}

const saveAs = process.argv.includes('--save') ? process.argv[process.argv.indexOf('--save') + 1] : undefined;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const started = new Date();
// The start benchmark runs the built API and /m/:id serves the built web app: both must be this code.
if (!process.argv.includes('--no-build'))
  execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] });
const rows: BenchRow[] = [];
const failures: string[] = [];
const log: string[] = [];
for (const script of BENCHMARKS.filter((name) => !only || name.includes(only))) {
  process.stderr.write(`running ${script} (load ${loadavg()[0].toFixed(1)})\n`);
  log.push(`## ${script}`);
  const outcome = await runOne(script, log);
  rows.push(...outcome.rows);
  if (outcome.failed) failures.push(outcome.failed);
}

const minutes = ((Date.now() - started.getTime()) / 60_000).toFixed(1);
const load = loadavg().map((value) => value.toFixed(1));
const summary = [
  `Neuland benchmarks, ${started.toISOString()}, ${minutes} min; ${cpus().length} cores, load average now ` +
    `${load.join(' / ')} (1/5/15 min): other processes share these cores and this PostgreSQL.`,
  '',
  table(rows),
  '',
  ...failures.map((failure) => `FAILED: ${failure}`),
  rows.some((row) => row.voidBecause) || failures.length > 0
    ? 'This run is VOID: some rows measured nothing (see above).'
    : `${rows.filter(passes).length} of ${rows.length} rows meet their target.`,
].join('\n');
console.log(summary);
if (saveAs) {
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${started.toISOString().slice(0, 10)}-${saveAs}.md`;
  writeFileSync(file, `${summary}\n\n# Output of each benchmark\n\n\`\`\`\n${log.join('\n')}\n\`\`\`\n`);
  console.log(`saved to ${file}`);
}
if (failures.length > 0 || rows.some((row) => row.voidBecause)) process.exitCode = 1;
