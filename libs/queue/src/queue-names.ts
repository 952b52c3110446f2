/**
 * Every BullMQ queue of Neuland, in one place.
 * Renaming a queue strands the jobs already waiting under the old name: drain it first.
 */
export const QUEUES = {
  accounts: 'accounts',
  dataExports: 'data-exports',
  socialVerification: 'social-verification',
  /** Reading the follows of connected Mastodon and Bluesky accounts. */
  accountConnections: 'account-connections',
  /** Outbox rows relayed from Postgres, one job per row (`outbox-<rowId>`). */
  outboxEvents: 'outbox-events',
  /** One job per ledger row (`notification-<ledgerId>`): renders and sends one mail. */
  notificationMail: 'notification-mail',
  /** The sweeper's job scheduler: re-derives due mail from Postgres. */
  notificationSweep: 'notification-sweep',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
