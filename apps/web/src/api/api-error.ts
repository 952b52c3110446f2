// The API's error body as the web app sees it, and the field messages of a 400 keyed by field.

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }

  get code(): string {
    return this.body.error;
  }

  /** The first message for each field, as the API named it (`email`, `address.city`). */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const { field, message } of this.body.details ?? []) messages[field] ??= message;
    return messages;
  }
}

/** A 429: `retryAt` is when the API's Retry-After header says a new try can succeed. */
export class RateLimitedError extends ApiError {
  readonly retryAt: Date;

  constructor(body: ApiErrorBody, retryAfterSeconds: number) {
    super(body);
    this.retryAt = new Date(Date.now() + retryAfterSeconds * 1000);
  }
}

/** Turns an openapi-fetch result into its data, or throws the API's error (a network failure gets a body too). */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = result.error as Partial<ApiErrorBody> | undefined;
  const error: ApiErrorBody = {
    statusCode: result.response.status,
    error: body?.error ?? 'UNKNOWN_ERROR',
    message: body?.message ?? result.response.statusText,
    details: body?.details,
  };
  if (result.response.status === 429) {
    throw new RateLimitedError(error, Number(result.response.headers.get('Retry-After')) || 0);
  }
  throw new ApiError(error);
}
