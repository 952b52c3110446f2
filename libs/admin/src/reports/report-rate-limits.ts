import { HttpError, type RateLimit } from '@neuland/http';

/** Reports a member may file: enough for a bad evening, too few to flood the queue. */
export const REPORTS_PER_MEMBER: RateLimit = {
  name: 'reports-by-member',
  points: 10,
  durationSeconds: 24 * 60 * 60,
  code: HttpError.RATE_LIMITED,
  refusal: 'Too many reports',
};
