// A payload type per queue, so that a producer cannot enqueue the wrong data.
import type { QUEUES } from './queue-names.js';

/** Account work that must not happen inside the request (so its timing reveals nothing). */
export interface PasswordResetRequestedJob {
  kind: 'password-reset-requested';
  email: string;
}

/** Someone who cannot log in asks for a new verification link; mailed only to an unconfirmed account. */
export interface VerificationLinkRequestedJob {
  kind: 'verification-link-requested';
  email: string;
}

export type AccountJob = PasswordResetRequestedJob | VerificationLinkRequestedJob;

/** Builds one requested export of a member's data in the worker. */
export interface DataExportJob {
  exportId: string;
}

/** Checks one proof of a social account; `recheck-due` asks Postgres which verified proofs are due again. */
export type SocialVerificationJob = { kind: 'check'; proofId: string } | { kind: 'recheck-due' };

/** A relayed outbox row: the consumer reads what it needs from the row itself, by id. */
export interface OutboxEventJob {
  outboxEventId: string;
  topic: string;
}

/** One mail of the notification ledger; everything else (recipient, data) is read from the ledger row. */
export interface NotificationMailJob {
  notificationId: string;
}

/** The sweeper's tick carries nothing: it asks Postgres what is due. */
export type NotificationSweepJob = Record<string, never>;

export interface JobPayloads {
  [QUEUES.accounts]: AccountJob;
  [QUEUES.dataExports]: DataExportJob;
  [QUEUES.socialVerification]: SocialVerificationJob;
  [QUEUES.outboxEvents]: OutboxEventJob;
  [QUEUES.notificationMail]: NotificationMailJob;
  [QUEUES.notificationSweep]: NotificationSweepJob;
}
