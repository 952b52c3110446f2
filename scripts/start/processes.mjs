import { API_ENTRY, WORKER_ENTRY } from './build.mjs';
import { superviseProcess } from './supervised-process.mjs';

/**
 * Starts the API (which applies migrations), waits until it is healthy, then starts the worker. From then on
 * either one that stops is started again with back-off while the other keeps running.
 * `stop` is usable at once, also while the API is still starting.
 */
export function startProcesses(env, entries = { api: API_ENTRY, worker: WORKER_ENTRY }) {
  const api = superviseProcess('api', entries.api, env);
  let worker;
  const started = (async () => {
    await waitForHealth(`http://127.0.0.1:${env.PORT}/health`, api);
    api.keepRestarting();
    worker = superviseProcess('worker', entries.worker, env);
    worker.keepRestarting();
  })();
  return {
    started,
    pids: () => ({ api: api.pid(), worker: worker?.pid() }),
    stop: async () => {
      await Promise.all([worker?.stop(), api.stop()]);
    },
  };
}

async function waitForHealth(url, api, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!api.running()) throw new Error('the API stopped before it answered at /health; its output is above');
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
