import nodeModule from 'node:module';

/** Node 22 and later; older ones have neither. */
const compileCache = nodeModule as { flushCompileCache?: () => void };

/** A start-up failure the user can fix (bad configuration, unreachable database): reported in one line, no stack. */
export class StartupError extends Error {}

/** Runs a process's start-up; a failure ends the process with a non-zero code and a clear message. */
export function startProcess(name: string, start: () => Promise<void>): void {
  start().then(
    // With NODE_COMPILE_CACHE set, Node keeps the compiled code of every module it loaded, but writes it only as
    // the process ends. Written once the process is up, it also serves a restart after a crash.
    () => compileCache.flushCompileCache?.(),
    (error: unknown) => {
      const message =
        error instanceof StartupError
          ? error.message
          : `The ${name} could not start: ${(error as Error).stack ?? String(error)}`;
      process.stderr.write(`${message}\n`);
      process.exit(1);
    },
  );
}
