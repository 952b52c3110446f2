// Brings an existing job of due work back to life. The worker moves jobs between states while the sweeper looks
// (a delayed job falls due, a failed one is retried), so an action refused because the job has moved on means the
// job is alive: nothing to revive.
import type { Job } from 'bullmq';

type RevivableJob = Pick<Job, 'getState' | 'promote' | 'retry'>;

/** True when the job had to be revived. */
export async function reviveJob(job: RevivableJob): Promise<boolean> {
  const state = await job.getState();
  try {
    if (state === 'failed') await job.retry('failed');
    else if (state === 'delayed') await job.promote();
    else if (state === 'completed') await job.retry('completed');
    else return false;
    return true;
  } catch (error) {
    if ((await job.getState()) !== state) return false;
    throw error;
  }
}
