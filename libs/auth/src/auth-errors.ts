// The error codes of accounts, logins and sessions. Clients rely on these strings: a code is never renamed, only
// added. Codes every route may answer (UNAUTHENTICATED, FORBIDDEN, TOO_MANY_REQUESTS) are HttpError's.
export const AuthError = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** A bearer token that is malformed, forged or expired. */
  INVALID_TOKEN: 'INVALID_TOKEN',
  /** The session behind a token or cookie was ended (logout, new password, deletion). */
  SESSION_EXPIRED: 'SESSION_EXPIRED',
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  INVALID_SESSION_ID: 'INVALID_SESSION_ID',
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
  EMAIL_ALREADY_VERIFIED: 'EMAIL_ALREADY_VERIFIED',
  /** A verification or password-reset link that is unknown, used or expired. */
  TOKEN_INVALID: 'TOKEN_INVALID',
  /** The current password, asked again before a change that needs it. */
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  /** The right password of an account an admin has suspended: no login until the suspension is lifted. */
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
  /** An admin cannot suspend their own account. */
  CANNOT_SUSPEND_SELF: 'CANNOT_SUSPEND_SELF',
} as const;

export type AuthError = (typeof AuthError)[keyof typeof AuthError];
