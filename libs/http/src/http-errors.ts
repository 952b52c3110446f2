// The error codes the API answers with whatever the route: validation, paging, body and address limits, rate limits,
// and the codes Nest's and Fastify's own refusals get. Each feature lists its own in its `<feature>-errors.ts`.
// Clients rely on these strings: a code is never renamed, only added.
export const HttpError = {
  /** A field broke its rules (`details` names it), or PostgreSQL refused a value validation let through. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** A `cursor` this API did not hand out. */
  INVALID_CURSOR: 'INVALID_CURSOR',
  BODY_TOO_DEEP: 'BODY_TOO_DEEP',
  /** A one-click unsubscribe (RFC 8058) without `List-Unsubscribe=One-Click`. */
  ONE_CLICK_BODY_MISSING: 'ONE_CLICK_BODY_MISSING',
  /** A path parameter longer than the router takes. */
  URI_TOO_LONG: 'URI_TOO_LONG',
  BAD_URL: 'BAD_URL',
  /** A limit on a client's address or account (logins, account mails). */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A limit on what a member does (invitations, contact imports). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** On 500s, with an `errorId` the logs carry too. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',

  // What an exception without a code of its own answers, by status.
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  NOT_ACCEPTABLE: 'NOT_ACCEPTABLE',
  CONFLICT: 'CONFLICT',
  GONE: 'GONE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  UNPROCESSABLE: 'UNPROCESSABLE',
  /** Any other 4xx status. */
  ERROR: 'ERROR',
} as const;

export type HttpError = (typeof HttpError)[keyof typeof HttpError];
