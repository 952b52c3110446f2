// How BullMQ treats each job: tries, backoff and how long a finished job stays. Finished jobs are kept a while on
// purpose: while a job is kept, adding its deterministic id again is a no-op.
import type { JobsOptions } from 'bullmq';

const DAY_SECONDS = 24 * 3600;

/** 1 s, 2 s, 4 s, …: seven retries span about two minutes. */
const EXPONENTIAL_FROM_ONE_SECOND = { type: 'exponential', delay: 1000 } as const;

/** A day of finished jobs and a week of failed ones: enough to look at, bounded so Redis does not grow without end. */
const KEPT_A_DAY = {
  removeOnComplete: { age: DAY_SECONDS, count: 5000 },
  removeOnFail: { age: 7 * DAY_SECONDS, count: 20_000 },
} as const;

/** Looks an address up and maybe records a link mail; kept a day, so one minute's id stays taken. */
export const ACCOUNT_LINK_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  ...KEPT_A_DAY,
};

/** Collects a member's data; a failure (the database away) is worth a few more tries. */
export const DATA_EXPORT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  ...KEPT_A_DAY,
};

/** An unreachable profile is not a failure (the checker looks again in an hour); retries cover our own errors. */
export const SOCIAL_PROOF_CHECK_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  ...KEPT_A_DAY,
};

/** A read that failed on our side (the database away) is tried again; the server's own trouble is handled inside. */
export const CONNECTION_READ_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  ...KEPT_A_DAY,
};

/** Plans the mails of one outbox row; past the retries, the sweeper re-drives what is still unhandled. */
export const OUTBOX_EVENT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  ...KEPT_A_DAY,
};

/** Transient SMTP trouble is retried 1 s, 2 s, 4 s … ~8.5 min in all; the sweeper retries beyond that. */
export const MAIL_DELIVERY_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  removeOnComplete: { age: DAY_SECONDS, count: 10_000 },
  removeOnFail: { age: 7 * DAY_SECONDS, count: 50_000 },
};

/** A tick of a job scheduler (the sweeper, the recheck scan): the next tick comes anyway, so few are kept. */
export const SCHEDULED_TICK_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: EXPONENTIAL_FROM_ONE_SECOND,
  removeOnComplete: { age: DAY_SECONDS, count: 100 },
  removeOnFail: { age: 7 * DAY_SECONDS, count: 1000 },
};
