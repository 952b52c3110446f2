// Turns every error into the one error body of the API; 500s get an errorId and never a stack trace.
import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type ApiErrorBody, DEFAULT_ERROR_CODES, type FieldError } from './api-error.js';
import { RateLimitedException } from './rate-limits/rate-limited.exception.js';

interface FastifyReplyLike {
  status(code: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(body: unknown): void;
}

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
        error: DEFAULT_ERROR_CODES[fastifyError.statusCode] ?? 'BAD_REQUEST',
        message: fastifyError.message,
      };
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, err: exception }, 'unhandled error');
    return {
      statusCode: 500,
      error: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side.',
      errorId,
    };
  }
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const fallbackCode = DEFAULT_ERROR_CODES[statusCode] ?? (statusCode >= 500 ? 'INTERNAL_ERROR' : 'ERROR');
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
