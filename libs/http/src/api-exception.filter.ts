// Turns every error into the one error body of the API; 500s get an errorId and never a stack trace.
import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type ApiErrorBody, DEFAULT_ERROR_CODES, type FieldError } from './api-error.js';
import { HttpError } from './http-errors.js';
import { RateLimitedException } from './rate-limits/rate-limited.exception.js';

interface FastifyReplyLike {
  status(code: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(body: unknown): void;
}

/**
 * PostgreSQL's answers to a value its column cannot hold: out of range (22003, 22008), missing (23502) or
 * malformed (22P02, 22007). Validation should have refused it; if it did not, the client still sent bad input.
 */
const REFUSED_VALUE_STATES = new Set(['22003', '22008', '23502', '22P02', '22007']);

/** Errors Fastify itself raises before Nest sees the request (bad JSON, body too large, wrong content type). */
interface FastifyError {
  statusCode?: number;
  code?: string;
  message: string;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReplyLike>();
    const body = this.toBody(exception);
    if (exception instanceof RateLimitedException) {
      reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    reply.status(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(body);
  }

  toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) return fromHttpException(exception);
    const fastifyError = exception as FastifyError;
    if (
      typeof fastifyError?.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      return {
        statusCode: fastifyError.statusCode,
        error: DEFAULT_ERROR_CODES[fastifyError.statusCode] ?? HttpError.BAD_REQUEST,
        message: fastifyError.message,
      };
    }
    if (REFUSED_VALUE_STATES.has(sqlStateOf(exception) ?? '')) {
      // A gap in a DTO's rules: worth fixing there, so it is logged, but it is the request's fault.
      this.logger.warn({ err: exception }, 'the database refused a value that validation let through');
      return {
        statusCode: 400,
        error: HttpError.VALIDATION_FAILED,
        message: 'A value in the request is out of range, missing or malformed.',
      };
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, err: exception }, 'unhandled error');
    return {
      statusCode: 500,
      error: HttpError.INTERNAL_ERROR,
      message: 'Something went wrong on our side.',
      errorId,
    };
  }
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const fallbackCode =
    DEFAULT_ERROR_CODES[statusCode] ?? (statusCode >= 500 ? HttpError.INTERNAL_ERROR : HttpError.ERROR);
  if (typeof response === 'string') return { statusCode, error: fallbackCode, message: response };
  const { error, message, details } = response as {
    error?: string;
    message?: string | string[];
    details?: FieldError[];
  };
  const isCode = typeof error === 'string' && /^[A-Z][A-Z0-9_]*$/.test(error);
  return {
    statusCode,
    error: isCode ? error : fallbackCode,
    message: Array.isArray(message) ? message.join('; ') : (message ?? exception.message),
    ...(details ? { details } : {}),
  };
}

/** The SQLSTATE of a failed query (TypeORM wraps the driver's error), if it is one. */
function sqlStateOf(exception: unknown): string | undefined {
  const error = exception as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = error?.driverError?.code ?? error?.code;
  return typeof code === 'string' ? code : undefined;
}
