import { reviveJob } from './revive-job.js';

/** A job whose state moves to `movesTo` the moment the sweeper acts on it, as the worker's would. */
function jobThatMovesOn(seen: string, movesTo: string) {
  let state = seen;
  const refuse = async (): Promise<void> => {
    state = movesTo;
    throw new Error(`Job notification-1 is not in the ${seen} state.`);
  };
  return { getState: async () => state as never, promote: refuse, retry: refuse };
}

describe('reviveJob', () => {
  it('leaves a delayed job that fell due while the sweeper looked to the worker', async () => {
    await expect(reviveJob(jobThatMovesOn('delayed', 'waiting'))).resolves.toBe(false);
  });

  it('leaves a failed job that was retried while the sweeper looked to the worker', async () => {
    await expect(reviveJob(jobThatMovesOn('failed', 'active'))).resolves.toBe(false);
  });

  it('still fails when the action is refused and the job has not moved', async () => {
    await expect(reviveJob(jobThatMovesOn('delayed', 'delayed'))).rejects.toThrow('not in the delayed state');
  });

  it('promotes a delayed job and retries a failed or completed one', async () => {
    for (const state of ['delayed', 'failed', 'completed']) {
      const acted: string[] = [];
      const job = {
        getState: async () => state as never,
        promote: async () => void acted.push('promote'),
        retry: async (from?: string) => void acted.push(`retry ${from}`),
      };
      await expect(reviveJob(job)).resolves.toBe(true);
      expect(acted).toEqual([state === 'delayed' ? 'promote' : `retry ${state}`]);
    }
  });

  it('does nothing to a job that waits or runs', async () => {
    const job = jobThatMovesOn('active', 'active');
    await expect(reviveJob(job)).resolves.toBe(false);
  });
});
