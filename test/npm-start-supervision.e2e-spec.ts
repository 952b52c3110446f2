// `npm start` keeps the API and the worker running: a process that dies is started again with back-off while the
// other one keeps serving, and SIGTERM still stops everything. Stand-ins answer /health in place of the real ones.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { until } from './support/until.js';
import { freePort } from './support/free-port.js';

const SUPPORT = 'test/support/supervisor';

interface Supervisor {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | NodeJS.Signals>;
  apiPid: () => Promise<number | undefined>;
  workerPid: () => Promise<number | undefined>;
  apiPort: number;
  workerPort: number;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const running: Supervisor[] = [];
const seenPids = new Set<number>();
afterEach(async () => {
  for (const supervisor of running.splice(0)) {
    if (supervisor.child.exitCode === null) supervisor.child.kill('SIGTERM');
    await supervisor.exited;
  }
  // Whatever a failing supervisor left behind would keep jest's pipes open.
  for (const pid of seenPids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  seenPids.clear();
});

async function pidAt(port: number): Promise<number | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    const { pid } = (await response.json()) as { pid: number };
    seenPids.add(pid);
    return pid;
  } catch {
    return undefined;
  }
}

async function startSupervisor(api = `${SUPPORT}/fake-api.mjs`): Promise<Supervisor> {
  const [apiPort, workerPort] = [await freePort(), await freePort()];
  let log = '';
  const child = spawn(
    process.execPath,
    [`${SUPPORT}/run-supervisor.mjs`, api, `${SUPPORT}/fake-worker.mjs`],
    {
      env: { PATH: process.env.PATH ?? '', PORT: String(apiPort), WORKER_PORT: String(workerPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code ?? 0)),
  );
  const supervisor = {
    child,
    log: () => log,
    exited,
    apiPid: () => pidAt(apiPort),
    workerPid: () => pidAt(workerPort),
    apiPort,
    workerPort,
  };
  running.push(supervisor);
  return supervisor;
}

describe('npm start supervising the API and the worker', () => {
  it('starts a killed worker again after 1 s, then 2 s, while the API keeps running', async () => {
    const supervisor = await startSupervisor();
    const apiPid = await until(supervisor.apiPid, { what: 'the API', timeoutMs: 15_000 });
    const firstWorker = await until(supervisor.workerPid, { what: 'the worker', timeoutMs: 15_000 });

    process.kill(firstWorker, 'SIGKILL');
    await until(() => supervisor.log().includes('worker stopped (SIGKILL); restarting in 1 s'), {
      what: 'the restart notice',
      timeoutMs: 15_000,
    });
    const secondWorker = await until(
      async () => {
        expect(await supervisor.apiPid()).toBe(apiPid);
        const pid = await supervisor.workerPid();
        return pid !== firstWorker ? pid : undefined;
      },
      { what: 'the worker to answer again', timeoutMs: 15_000 },
    );
    expect(supervisor.log()).toContain(`worker started again (pid ${secondWorker})`);

    // A second crash soon after the first waits longer.
    process.kill(secondWorker, 'SIGKILL');
    await until(() => supervisor.log().includes('worker stopped (SIGKILL); restarting in 2 s'), {
      what: 'the second notice',
      timeoutMs: 15_000,
    });
    await until(
      async () => {
        const pid = await supervisor.workerPid();
        return pid !== secondWorker ? pid : undefined;
      },
      { what: 'the worker to answer a second time', timeoutMs: 15_000 },
    );
    expect(await supervisor.apiPid()).toBe(apiPid);
  }, 30_000);

  it('starts a killed API again while the worker keeps running', async () => {
    const supervisor = await startSupervisor();
    const firstApi = await until(supervisor.apiPid, { what: 'the API', timeoutMs: 15_000 });
    const workerPid = await until(supervisor.workerPid, { what: 'the worker', timeoutMs: 15_000 });

    process.kill(firstApi, 'SIGKILL');
    await until(() => supervisor.log().includes('api stopped (SIGKILL); restarting in 1 s'), {
      what: 'the restart notice',
      timeoutMs: 15_000,
    });
    await until(
      async () => {
        expect(await supervisor.workerPid()).toBe(workerPid);
        const pid = await supervisor.apiPid();
        return pid !== firstApi ? pid : undefined;
      },
      { what: 'the API to answer again', timeoutMs: 15_000 },
    );
  }, 30_000);

  it('stops both processes and itself on SIGTERM', async () => {
    const supervisor = await startSupervisor();
    const apiPid = await until(supervisor.apiPid, { what: 'the API', timeoutMs: 15_000 });
    const workerPid = await until(supervisor.workerPid, { what: 'the worker', timeoutMs: 15_000 });

    supervisor.child.kill('SIGTERM');
    expect(await supervisor.exited).toBe(0);
    expect(isAlive(apiPid)).toBe(false);
    expect(isAlive(workerPid)).toBe(false);
    expect(supervisor.log()).not.toContain('restarting');
  }, 30_000);

  it('gives up with the reason when the API cannot start at all, instead of retrying forever', async () => {
    const supervisor = await startSupervisor(`${SUPPORT}/broken-entry.mjs`);

    expect(await supervisor.exited).toBe(1);
    expect(supervisor.log()).toContain('Invalid configuration: PORT must be a whole number');
    expect(supervisor.log()).toContain('api stopped (exit code 1)');
    expect(supervisor.log()).toContain('the API stopped before it answered at /health');
    expect(supervisor.log()).not.toContain('restarting');
  }, 30_000);

  it('hands the API and the worker a compile cache under var/', async () => {
    const supervisor = await startSupervisor();
    await until(supervisor.workerPid, { what: 'the worker', timeoutMs: 15_000 });
    for (const port of [supervisor.apiPort, supervisor.workerPort]) {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(((await health.json()) as { compileCache?: string }).compileCache).toBe(
        resolve('var/compile-cache'),
      );
    }
  }, 30_000);
});
