import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './api-error.js';

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

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException({
        error: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: flattenValidationErrors(errors),
      }),
  });
}
