// Newest-first pages over a table, keyed by (time, id) so that pages never skip or repeat.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { PageQuery } from './pagination.js';

/** What a newest-first list is ordered by: an SQL expression and the kind of value its cursor carries. */
export interface PageKey {
  sql: string;
  part: 'timestamp' | 'date';
}

/**
 * Orders `builder` by `key` descending, then id, and fetches one page of rows. The key is compared in SQL on
 * both sides: timestamps are truncated to milliseconds because a cursor carries a JavaScript Date, and a batch of
 * rows inserted in one transaction shares one microsecond-precise now().
 */
export async function newestFirstPage<T extends ObjectLiteral & { id: string }>(
  builder: SelectQueryBuilder<T>,
  key: PageKey,
  keyOf: (row: T) => string,
  query: PageQuery,
): Promise<{ rows: T[]; nextCursor: string | null }> {
  const alias = builder.alias;
  const after = decodeCursor(query.cursor, [key.part, 'uuid']);
  if (after) {
    const [afterKey, afterId] = after;
    builder.andWhere(`(${key.sql}, ${alias}.id) < (:afterKey, :afterId)`, { afterKey, afterId });
  }
  const rows = await builder
    .orderBy(key.sql, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(query.limit + 1)
    .getMany();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor([keyOf(last), last.id]) : null,
  };
}

/** The key of a timestamptz column, at the millisecond precision a cursor keeps. */
export const millisecondsOf = (column: string): PageKey => ({
  sql: `date_trunc('milliseconds', ${column})`,
  part: 'timestamp',
});

/** The key of a date column (`YYYY-MM-DD`). */
export const dayOf = (column: string): PageKey => ({ sql: column, part: 'date' });
