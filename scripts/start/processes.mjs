import { spawn } from 'node:child_process';
import { API_ENTRY, WORKER_ENTRY } from './build.mjs';
import { log } from './log.mjs';

/** Starts the API (which applies migrations), waits until it is healthy, then starts the worker. */
export async function startProcesses(env, onUnexpectedExit) {
  const children = [];
  let stopping = false;
  const launch = (name, entry) => {
    const child = spawn(process.execPath, ['--enable-source-maps', entry], { env, stdio: 'inherit' });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      log(`${name} stopped (${signal ?? `exit code ${code}`}); stopping Neuland`);
      onUnexpectedExit(code || 1);
    });
    children.push(child);
    return child;
  };

  launch('api', API_ENTRY);
  await waitForHealth(`http://127.0.0.1:${env.PORT}/health`);
  launch('worker', WORKER_ENTRY);

  return {
    stop: async () => {
      stopping = true;
      await Promise.all(
        children
          .filter((child) => child.exitCode === null)
          .map(
            (child) =>
              new Promise((done) => {
                child.once('exit', done);
                child.kill('SIGTERM');
              }),
          ),
      );
    },
  };
}

async function waitForHealth(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the API did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}
