import type { DefaultJobOptions } from 'bullmq';

/** Retries with exponential backoff (1 s, 2 s, 4 s, …); bounded history so Redis does not grow without end. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 20000 },
};

/** Job ids are built from the domain; BullMQ refuses colons and bare integers. */
export function jobId(...parts: Array<string | number>): string {
  return parts.map((part) => String(part).replace(/:/g, '_')).join('-');
}
