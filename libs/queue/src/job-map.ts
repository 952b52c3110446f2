// Every job Neuland queues, in one table: its name, what it carries, its queue, its id and its options. Producers
// hand `Jobs` an item of `JobItem`, so a job cannot go out with the wrong data, name, queue or options; processors
// type what they take with `QueueJob<queue>`.
import type { Job, JobsOptions } from 'bullmq';
import {
  ACCOUNT_LINK_JOB_OPTIONS,
  CONNECTION_READ_JOB_OPTIONS,
  DATA_EXPORT_JOB_OPTIONS,
  MAIL_DELIVERY_JOB_OPTIONS,
  OUTBOX_EVENT_JOB_OPTIONS,
  SCHEDULED_TICK_JOB_OPTIONS,
  SOCIAL_PROOF_CHECK_JOB_OPTIONS,
} from './job-options.js';
import type {
  ConnectionReadJob,
  ConnectionReadScanJob,
  DataExportJob,
  NotificationMailJob,
  NotificationSweepJob,
  OutboxEventJob,
  PasswordResetRequestedJob,
  SocialProofCheckJob,
  SocialRecheckScanJob,
  VerificationLinkRequestedJob,
} from './job-payloads.js';
import { QUEUES, type QueueName } from './queue-names.js';

/**
 * A job as a producer hands it over: its name, its data, and what else its id or delay is built from (that part
 * does not travel to Redis).
 */
export type JobItem =
  | { name: 'password-reset-requested'; data: PasswordResetRequestedJob; addressKey: string }
  | { name: 'verification-link-requested'; data: VerificationLinkRequestedJob; addressKey: string }
  | { name: 'build-export'; data: DataExportJob }
  | { name: 'check-social-proof'; data: SocialProofCheckJob }
  | { name: 'recheck-social-proof'; data: SocialProofCheckJob; dueAt: Date }
  | { name: 'find-due-social-rechecks'; data: SocialRecheckScanJob }
  | { name: 'read-connection'; data: ConnectionReadJob }
  | { name: 'reread-connection'; data: ConnectionReadJob; dueAt: Date }
  | { name: 'find-due-connection-reads'; data: ConnectionReadScanJob }
  | { name: 'plan-notifications'; data: OutboxEventJob }
  | { name: 'send-notification'; data: NotificationMailJob; dueAt: Date }
  | { name: 'sweep-notifications'; data: NotificationSweepJob };

export type JobName = JobItem['name'];
export type JobItemOf<N extends JobName> = Extract<JobItem, { name: N }>;
export type JobOf<N extends JobName> = JobItemOf<N>['data'];

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  options: JobsOptions;
  /**
   * Built from the domain where a duplicate must be impossible: BullMQ ignores a job whose id it still holds.
   * Without one, every enqueue adds a job.
   */
  id?: (item: JobItemOf<N>, now: Date) => string;
  delay?: (item: JobItemOf<N>, now: Date) => number;
  /** A repeating job: the id of its job scheduler (one per queue, however many workers ask for it). */
  scheduler?: string;
}

const minuteOf = (now: Date) => Math.floor(now.getTime() / 60_000);

export const JOBS = {
  'password-reset-requested': {
    queue: QUEUES.accounts,
    options: ACCOUNT_LINK_JOB_OPTIONS,
    // Hammering one address yields one job a minute.
    id: (item, now) => jobId('password-reset', item.addressKey, minuteOf(now)),
  },
  'verification-link-requested': {
    queue: QUEUES.accounts,
    options: ACCOUNT_LINK_JOB_OPTIONS,
    id: (item, now) => jobId('verification-link', item.addressKey, minuteOf(now)),
  },
  'build-export': {
    queue: QUEUES.dataExports,
    options: DATA_EXPORT_JOB_OPTIONS,
    id: (item) => jobId('data-export', item.data.exportId),
  },
  'check-social-proof': {
    queue: QUEUES.socialVerification,
    options: SOCIAL_PROOF_CHECK_JOB_OPTIONS,
    // Asking again (after adding the back-link, say) checks again.
    id: (item, now) => jobId('social-proof', item.data.proofId, now.getTime()),
  },
  'recheck-social-proof': {
    queue: QUEUES.socialVerification,
    options: SOCIAL_PROOF_CHECK_JOB_OPTIONS,
    // One recheck per proof and due time, however often the scan finds it due before it ran.
    id: (item) => jobId('social-recheck', item.data.proofId, item.dueAt.getTime()),
  },
  'find-due-social-rechecks': {
    queue: QUEUES.socialVerification,
    options: SCHEDULED_TICK_JOB_OPTIONS,
    scheduler: 'recheck-social-accounts',
  },
  'read-connection': {
    queue: QUEUES.accountConnections,
    options: CONNECTION_READ_JOB_OPTIONS,
    // Connecting, and each "refresh now" (rate-limited), reads again.
    id: (item, now) => jobId('connection-read', item.data.connectionId, now.getTime()),
  },
  'reread-connection': {
    queue: QUEUES.accountConnections,
    options: CONNECTION_READ_JOB_OPTIONS,
    // One scheduled read per connection and due time, however often the scan finds it due before it ran.
    id: (item) => jobId('connection-reread', item.data.connectionId, item.dueAt.getTime()),
  },
  'find-due-connection-reads': {
    queue: QUEUES.accountConnections,
    options: SCHEDULED_TICK_JOB_OPTIONS,
    scheduler: 'reread-connected-accounts',
  },
  'plan-notifications': {
    queue: QUEUES.outboxEvents,
    options: OUTBOX_EVENT_JOB_OPTIONS,
    // A row relayed twice (a crash before the relay's commit) is enqueued once.
    id: (item) => jobId('outbox', item.data.outboxEventId),
  },
  'send-notification': {
    queue: QUEUES.notificationMail,
    options: MAIL_DELIVERY_JOB_OPTIONS,
    // One job per ledger row, whoever enqueues it (the planner, the sweeper).
    id: (item) => jobId('notification', item.data.notificationId),
    delay: (item, now) => Math.max(0, item.dueAt.getTime() - now.getTime()),
  },
  'sweep-notifications': {
    queue: QUEUES.notificationSweep,
    options: SCHEDULED_TICK_JOB_OPTIONS,
    scheduler: 'sweep-notifications',
  },
} satisfies { [N in JobName]: JobDefinition<N> };

const DEFINITIONS: { [N in JobName]: JobDefinition<N> } = JOBS;

type JobNameOn<Q extends QueueName> = {
  [N in JobName]: (typeof JOBS)[N]['queue'] extends Q ? N : never;
}[JobName];

/** What a processor of queue `Q` takes: `process(job: QueueJob<'accounts'>)`. */
export type QueueJob<Q extends QueueName> = Job<JobOf<JobNameOn<Q>>>;

/** The jobs that repeat on a job scheduler. */
export type ScheduledJobItem = JobItemOf<
  { [N in JobName]: (typeof JOBS)[N] extends { scheduler: string } ? N : never }[JobName]
>;

export function jobDefinitionOf<N extends JobName>(item: JobItemOf<N>): JobDefinition<N> {
  return DEFINITIONS[item.name];
}

/** The options `item` is added with at `now`: its job's constants, its id and its delay. */
export function jobOptionsOf(item: JobItem, now: Date): JobsOptions {
  const { options, id, delay } = jobDefinitionOf(item);
  return {
    ...options,
    ...(id && { jobId: id(item, now) }),
    ...(delay && { delay: delay(item, now) }),
  };
}

/** Job ids are built from the domain; BullMQ refuses colons and bare integers. */
function jobId(...parts: Array<string | number>): string {
  return parts.map((part) => String(part).replace(/:/g, '_')).join('-');
}
