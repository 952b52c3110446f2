// The one poller every wait in the tests goes through: it asks a condition again and again until it holds.
// Tests wait on what the system did (a mail, a ledger row, an empty queue), never on how long it may take.

export interface UntilOptions {
  /** What is awaited, for the error when it never happens: "the welcome mail to sabine@…" (read at the end). */
  what: string | (() => string);
  timeoutMs?: number;
  /** How often the condition is asked. */
  everyMs?: number;
}

/**
 * Resolves with the condition's first truthy answer; rejects after `timeoutMs` with `what` and, when the
 * condition threw, its last error.
 */
export async function until<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { what, timeoutMs = 10_000, everyMs = 25 }: UntilOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const answer = await condition();
      if (answer) return answer;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}${cause}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
