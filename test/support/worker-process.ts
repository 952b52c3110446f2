// The worker as its own operating-system process, started from source: something a test can SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | NodeJS.Signals>;
  kill: (signal: NodeJS.Signals) => void;
}

export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  let output = '';
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'],
    {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: '', HOST: '127.0.0.1', WORKER_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code ?? 0)),
  );
  return { child, output: () => output, exited, kill: (signal) => child.kill(signal) };
}
