/** A start-up failure the user can fix (bad configuration, unreachable database): reported in one line, no stack. */
export class StartupError extends Error {}

/** Runs a process's start-up; a failure ends the process with a non-zero code and a clear message. */
export function startProcess(name: string, start: () => Promise<void>): void {
  start().catch((error: unknown) => {
    const message =
      error instanceof StartupError
        ? error.message
        : `The ${name} could not start: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}
