// What each job carries. Kept small: a job names the rows it is about, and its consumer reads them from Postgres.
// Changing a payload's shape must keep reading the jobs already queued in the old one.

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

/** Builds one requested export of a member's data in the worker. */
export interface DataExportJob {
  exportId: string;
}

/** Checks one proof of a social account. */
export interface SocialProofCheckJob {
  kind: 'check';
  proofId: string;
}

/** Asks Postgres which verified proofs are due for another check, and queues those checks. */
export interface SocialRecheckScanJob {
  kind: 'recheck-due';
}

/** Reads the follows of one connected account and brings its imported contacts up to date. */
export interface ConnectionReadJob {
  kind: 'read';
  connectionId: string;
}

/** Asks Postgres which connected accounts are due for another read, and queues those reads. */
export interface ConnectionReadScanJob {
  kind: 'read-due';
}

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
