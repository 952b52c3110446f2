// Errors Fastify answers itself before any route runs (a path parameter too long for its router, a URL that is not
// valid percent-encoding): answered in the API's one error shape instead of Fastify's own.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from './api-error.js';
import { HttpError } from './http-errors.js';

const ANSWERS: Record<string, Omit<ApiErrorBody, 'message'>> = {
  FST_ERR_MAX_PARAM_LENGTH: { statusCode: 414, error: HttpError.URI_TOO_LONG },
  FST_ERR_BAD_URL: { statusCode: 400, error: HttpError.BAD_URL },
};

export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const answer = ANSWERS[error.code ?? ''] ?? { statusCode: 400, error: HttpError.BAD_REQUEST };
  const message =
    answer.error === HttpError.URI_TOO_LONG
      ? 'A part of this address is longer than anything it could name.'
      : 'This address is not valid.';
  void reply
    .code(answer.statusCode)
    .header('Content-Type', 'application/json; charset=utf-8')
    .send({ ...answer, message } satisfies ApiErrorBody);
}
