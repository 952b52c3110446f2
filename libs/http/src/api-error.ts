import { HttpError } from './http-errors.js';

/** The body of every error response: `error` is a stable code clients can rely on. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[];
  /** On 500s only: quote it when reporting the problem; the logs carry the same id. */
  errorId?: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/** The codes Nest's own exceptions get when a handler did not name one. */
export const DEFAULT_ERROR_CODES: Record<number, HttpError> = {
  400: HttpError.BAD_REQUEST,
  401: HttpError.UNAUTHENTICATED,
  403: HttpError.FORBIDDEN,
  404: HttpError.NOT_FOUND,
  405: HttpError.METHOD_NOT_ALLOWED,
  406: HttpError.NOT_ACCEPTABLE,
  409: HttpError.CONFLICT,
  410: HttpError.GONE,
  413: HttpError.PAYLOAD_TOO_LARGE,
  415: HttpError.UNSUPPORTED_MEDIA_TYPE,
  422: HttpError.UNPROCESSABLE,
  429: HttpError.TOO_MANY_REQUESTS,
};
