// How free text reaches the profile tables: trimmed, and without control characters
// (PostgreSQL refuses NUL in text, which would otherwise surface as a 500).
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

/** Text with line breaks allowed, but no other control characters. */
export const PlainText = () => Matches(MULTI_LINE, { message: 'must not contain control characters' });
