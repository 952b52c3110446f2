/**
 * What one check of a social account found.
 * `unreachable` is never held against anyone: a re-check keeps the previous state until the other side answers.
 */
export type ProofResult =
  | { outcome: 'verified' }
  | { outcome: 'not-verified'; reason: NotVerifiedReason }
  | { outcome: 'unreachable'; reason: string };

export type NotVerifiedReason =
  'ACCOUNT_NOT_FOUND' | 'NO_BACKLINK' | 'CODE_MISSING' | 'FORBIDDEN_ADDRESS' | 'NOT_VERIFIABLE';

export const verified = (): ProofResult => ({ outcome: 'verified' });
export const notVerified = (reason: NotVerifiedReason): ProofResult => ({ outcome: 'not-verified', reason });
