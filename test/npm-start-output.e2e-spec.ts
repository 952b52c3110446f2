// What `npm start` prints in a terminal: readable log lines instead of JSON, without Nest's start-up chatter, and a
// short summary of where the app, the docs and the mailbox are and what was started.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from '@jest/globals';
import { until } from './support/until.js';
import { freePort } from './support/free-port.js';

const SUPPORT = 'test/support/supervisor';
const running: ChildProcess[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

async function superviseChattyApi(logFormat: string): Promise<() => string> {
  const [apiPort, workerPort] = [await freePort(), await freePort()];
  let output = '';
  const child = spawn(
    process.execPath,
    [`${SUPPORT}/run-supervisor.mjs`, `${SUPPORT}/chatty-api.mjs`, `${SUPPORT}/fake-worker.mjs`],
    {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(apiPort),
        WORKER_PORT: String(workerPort),
        LOG_FORMAT: logFormat,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(child);
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(() => output.includes('supervising') && output.includes('not JSON'), {
    what: 'the supervisor to start the stand-ins',
  });
  return () => output;
}

describe('npm start in a terminal', () => {
  it("shows the processes' log lines readable, without a line per module and route", async () => {
    const output = (await superviseChattyApi('pretty'))();
    const lines = output.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
    expect(output).not.toContain('Mapped {');
    expect(output).not.toContain('dependencies initialized');
    expect(output).toMatch(/\d\d:\d\d:\d\d\] INFO: api +Migrations: applied 2 migrations/);
    expect(output).toMatch(/WARN: api +MailTransport: No SMTP_URL/);
    expect(output).toContain('api    a line that is not JSON');
  });

  it('passes the JSON lines through unchanged with LOG_FORMAT=json, for log collectors', async () => {
    const output = (await superviseChattyApi('json'))();
    expect(output).toContain('"context":"RouterExplorer"');
    expect(output).toContain('"msg":"applied 2 migrations"');
  });

  it('sums up where the app, the docs and the mailbox are and what it started, in a few lines', () => {
    const script = `
      import { startupSummary } from './scripts/start/summary.mjs';
      process.stdout.write(startupSummary({
        env: { APP_URL: 'http://localhost:3000', NODE_ENV: 'development' },
        postgres: 'started an embedded server on port 54329 (data in var/postgres)',
        redis: 'the local server (redis://127.0.0.1:6379)',
        pids: { api: 101, worker: 102 },
      }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const summary = result.stdout;
    expect(summary).toContain('Neuland is running');
    expect(summary).toMatch(/App +http:\/\/localhost:3000\n/);
    expect(summary).toMatch(/API docs +http:\/\/localhost:3000\/docs\n/);
    expect(summary).toMatch(/Mailbox +http:\/\/localhost:3000\/dev\/mail/);
    expect(summary).toMatch(/PostgreSQL +started an embedded server on port 54329/);
    expect(summary).toMatch(/Redis +the local server/);
    expect(summary).toMatch(/Processes +api \(pid 101\), worker \(pid 102\)/);
    expect(summary.trim().split('\n').length).toBeLessThanOrEqual(10);
  });
});
