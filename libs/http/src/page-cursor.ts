// Page cursors: opaque to clients (base64url of the sort key of a page's last item), and input like any other:
// a cursor is decoded against the shape of its list's sort key, and anything this API did not hand out is a 400.
import { BadRequestException } from '@nestjs/common';
import { HttpError } from './http-errors.js';

/** One part of a sort key, as it travels in a cursor. */
export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'integer' | 'text';

type PartValue<P extends CursorPart> = P extends 'integer' ? number : string;

/** The decoded key of a cursor of shape `S`: `['timestamp', 'uuid']` → `[string, string]`. */
export type CursorKey<S extends readonly CursorPart[]> = { -readonly [I in keyof S]: PartValue<S[I]> };

const BASE64URL = /^[A-Za-z0-9_-]+$/;
// What Date#toISOString gives for the years 0001-9999, the range PostgreSQL and JavaScript agree on.
const ISO_TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const MAX_TEXT_PART = 200;

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  // A real instant: "2026-02-30T25:61:00.000Z" matches the pattern but is not one.
  timestamp: (value) => typeof value === 'string' && ISO_TIMESTAMP.test(value) && isoOf(value) === value,
  date: (value) =>
    typeof value === 'string' &&
    ISO_DATE.test(value) &&
    isoOf(`${value}T00:00:00.000Z`)?.slice(0, 10) === value,
  uuid: (value) => typeof value === 'string' && UUID.test(value),
  integer: (value) =>
    Number.isInteger(value) && (value as number) >= INT32.min && (value as number) <= INT32.max,
  // PostgreSQL cannot hold NUL in text.
  text: (value) => typeof value === 'string' && value.length <= MAX_TEXT_PART && !value.includes('\u0000'),
};

function isoOf(text: string): string | undefined {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const invalidCursor = () =>
  new BadRequestException({
    error: HttpError.INVALID_CURSOR,
    message: 'The cursor is not one this API handed out.',
  });

export const encodeCursor = (key: readonly unknown[]) =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** The sort key a cursor carries, checked part by part against `shape`; undefined for the first page. */
export function decodeCursor<const S extends readonly CursorPart[]>(
  cursor: string | undefined,
  shape: S,
): CursorKey<S> | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  if (!BASE64URL.test(cursor)) throw invalidCursor();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw invalidCursor();
  if (!shape.every((part, index) => PART_CHECKS[part](key[index]))) throw invalidCursor();
  return key as CursorKey<S>;
}
