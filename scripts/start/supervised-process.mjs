import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { log } from './log.mjs';
import { showReadable, wantsReadableLogs } from './readable-logs.mjs';

/** A crash right after a start waits 1 s, the next 2 s, 4 s, … at most 30 s; a minute of running resets the count. */
export const RESTART_POLICY = { firstDelayMs: 1_000, maxDelayMs: 30_000, resetAfterMs: 60_000 };

export function restartDelayMs(crashesInARow, policy = RESTART_POLICY) {
  return Math.min(policy.firstDelayMs * 2 ** (crashesInARow - 1), policy.maxDelayMs);
}

/**
 * Runs `node <entry>` as `name` and starts it again, with back-off, whenever it stops on its own.
 * Until `keepRestarting()` is called an exit is final, so that a process that cannot start at all (bad
 * configuration, port taken) stops `npm start` with its error instead of looping.
 */
export function superviseProcess(name, entry, env, policy = RESTART_POLICY) {
  let child;
  let pendingRestart;
  let restarting = false;
  let stopping = false;
  let crashesInARow = 0;
  const readable = wantsReadableLogs(env);

  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, ['--enable-source-maps', entry], {
      // Node 22 and later keep the processes' compiled code there: a restart starts faster (Node 20 ignores it).
      env: { NODE_COMPILE_CACHE: resolve('var/compile-cache'), ...env },
      stdio: readable ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    });
    if (readable) void showReadable(name, child.stdout);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ?? `exit code ${code}`;
      if (!restarting) {
        log(`${name} stopped (${how})`);
        return;
      }
      crashesInARow = Date.now() - startedAt >= policy.resetAfterMs ? 1 : crashesInARow + 1;
      const delayMs = restartDelayMs(crashesInARow, policy);
      log(`${name} stopped (${how}); restarting in ${delayMs / 1000} s`);
      // A timer even for the first restart: when Ctrl-C reached the whole process group, our own SIGINT
      // handler runs before it fires and cancels it.
      pendingRestart = setTimeout(() => {
        start();
        log(`${name} started again (pid ${child.pid})`);
      }, delayMs);
    });
  };
  start();

  return {
    pid: () => child.pid,
    running: () => child.exitCode === null && child.signalCode === null,
    keepRestarting: () => {
      restarting = true;
    },
    stop: async () => {
      stopping = true;
      clearTimeout(pendingRestart);
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      });
    },
  };
}
