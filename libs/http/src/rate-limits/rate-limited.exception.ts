import { HttpException, HttpStatus } from '@nestjs/common';
import type { HttpError } from '../http-errors.js';

/** A limit on a client's address or account answers TOO_MANY_REQUESTS, one on what a member does RATE_LIMITED. */
export type RateLimitCode = typeof HttpError.TOO_MANY_REQUESTS | typeof HttpError.RATE_LIMITED;

/** A 429 with the seconds until a retry can succeed; the exception filter sends them as `Retry-After`. */
export class RateLimitedException extends HttpException {
  constructor(
    code: RateLimitCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ error: code, message }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
