// Instants the API takes: ISO 8601 with an explicit offset, so that no server's zone ever decides what a time
// means ("2026-12-03T18:30:00" alone is refused, not read as UTC), and years 0001-9999, which every part of the
// system (PostgreSQL, JavaScript, calendars) writes alike.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

const WITH_OFFSET = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' &&
  WITH_OFFSET.test(value) &&
  isISO8601(value, { strict: true, strictSeparator: true });

/** A date and time with its offset: `2026-12-03T18:30:00+01:00` or `2026-12-03T17:30:00Z`. */
export function IsInstant(options: ValidationOptions = {}): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isInstant',
        validator: {
          validate: isInstant,
          defaultMessage: () => 'must be a date and time with an offset, such as 2026-12-03T18:30:00+01:00',
        },
      },
      options,
    ),
    ApiProperty({ format: 'date-time' }),
  );
}
