export type SafeFetchFailure =
  | 'UNSUPPORTED_SCHEME'
  | 'INVALID_URL'
  | 'FORBIDDEN_ADDRESS'
  | 'UNRESOLVABLE_HOST'
  | 'TOO_MANY_REDIRECTS'
  | 'TIMEOUT'
  | 'RESPONSE_TOO_LARGE'
  | 'NETWORK_ERROR';

/** Why a remote fetch was refused or failed; callers treat every code as "could not check". */
export class SafeFetchError extends Error {
  constructor(
    readonly code: SafeFetchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SafeFetchError';
  }
}
