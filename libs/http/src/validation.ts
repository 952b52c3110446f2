import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import type { FieldError } from './api-error.js';
import { HttpError } from './http-errors.js';

/** `address.city`-style paths for nested DTOs, one entry per broken rule. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: withoutPropertyName(message, error.property),
    }));
    return own.concat(flattenValidationErrors(error.children ?? [], field));
  });
}

// class-validator's built-in messages start with the property name ("email must be an email"); the field says that already.
const withoutPropertyName = (message: string, property: string) =>
  message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;

/** Field paths of strings holding a NUL character, which PostgreSQL cannot store in text. */
function fieldsWithNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'body'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsWithNul(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => fieldsWithNul(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** class-validator's rules, plus one no DTO should have to repeat: no NUL characters anywhere in the input. */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Path parameters are left to their routes: a handle with NUL in it simply names no profile (404).
    const checked = metadata.type === 'body' || metadata.type === 'query' ? value : undefined;
    const nulDetails = fieldsWithNul(checked, '').map((field) => ({
      field,
      message: 'must not contain NUL characters',
    }));
    let transformed: unknown;
    try {
      transformed = await super.transform(value, metadata);
    } catch (error) {
      // One answer lists every broken field, whichever rule it broke.
      const details = (error as BadRequestException).getResponse?.() as
        { details?: FieldError[] } | undefined;
      if (nulDetails.length === 0 || !details?.details) throw error;
      throw validationFailed([...nulDetails, ...details.details]);
    }
    if (nulDetails.length > 0) throw validationFailed(nulDetails);
    return transformed;
  }
}

const validationFailed = (details: FieldError[]) =>
  new BadRequestException({
    error: HttpError.VALIDATION_FAILED,
    message: 'The request has invalid fields.',
    details,
  });

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
