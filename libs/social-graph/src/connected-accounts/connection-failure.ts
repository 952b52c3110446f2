// Why reading a connected account's follows stopped: a reason the member can read (the web app words each one).

export const CONNECTION_REASONS = [
  /** Timeouts and refused connections, after the retries. */
  'SERVER_UNREACHABLE',
  /** 5xx answers, after the retries. */
  'SERVER_ERROR',
  /** An answer that is not the list it should be (or is far too large). */
  'MALFORMED_ANSWER',
  /** The server (or a redirect) pointed at an address Neuland does not fetch from. */
  'FORBIDDEN_ADDRESS',
  /** 401: the member withdrew Neuland's access on the server. */
  'ACCESS_WITHDRAWN',
  /** The server asked us to wait longer than a read may: the read resumes later. */
  'WAITING_FOR_SERVER',
  'ACCOUNT_NOT_FOUND',
  'TOO_MANY_FOLLOWS',
] as const;

export type ConnectionReason = (typeof CONNECTION_REASONS)[number];

export class ConnectionFailure extends Error {
  constructor(
    readonly reason: ConnectionReason,
    /** For WAITING_FOR_SERVER: when the server lets us ask again. */
    readonly retryAt?: Date,
  ) {
    super(reason);
    this.name = 'ConnectionFailure';
  }
}
