import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429 with the seconds until a retry can succeed; the exception filter sends them as `Retry-After`. */
export class RateLimitedException extends HttpException {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ error: code, message }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
