// How free text reaches the API: every string field is either a single line or explicitly multi-line, and
// neither holds other control characters (PostgreSQL refuses NUL in text; a line break in a title ends up in
// calendars, mail headers and CSV files). The OpenAPI document marks multi-line fields with `x-multiline: true`.
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Matches, type ValidationOptions } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/* eslint-disable no-control-regex -- finding control characters is the point */
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
/* eslint-enable no-control-regex */

/** A single line of text: no line breaks, tabs or other control characters. */
export const SingleLine = (options: ValidationOptions = {}) =>
  Matches(SINGLE_LINE, { message: 'must be a single line without control characters', ...options });

/** Text with line breaks (and tabs) allowed, but no other control characters; marked `x-multiline` in the docs. */
export function MultiLine(options: ValidationOptions = {}): PropertyDecorator {
  const rule = Matches(MULTI_LINE, { message: 'must not contain control characters', ...options });
  const documented = ApiProperty({ 'x-multiline': true } as ApiPropertyOptions);
  return (target, property) => {
    rule(target, property);
    documented(target, property);
  };
}
