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
 * Resolves with the condition's first truthy answer; rejects after `timeoutMs`, naming `what`. A condition that
 * throws (a failed expectation inside it, say) fails the wait at once.
 */
export async function until<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { what, timeoutMs = 10_000, everyMs = 25 }: UntilOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await condition();
    if (answer) return answer;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
