// Newest-first pages over a table, keyed by (time, id) so that pages never skip or repeat.
import { decodeCursor, encodeCursor, type PageQuery } from './pagination.js';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Orders `builder` by `keySql` descending, then id, and fetches one page of rows. `keySql` is compared in SQL on
 * both sides: timestamps are truncated to milliseconds because a cursor carries a JavaScript Date, and a batch of
 * rows inserted in one transaction shares one microsecond-precise now().
 */
export async function newestFirstPage<T extends ObjectLiteral & { id: string }>(
  builder: SelectQueryBuilder<T>,
  keySql: string,
  keyOf: (row: T) => string,
  query: PageQuery,
): Promise<{ rows: T[]; nextCursor: string | null }> {
  const alias = builder.alias;
  const [afterKey, afterId] = (decodeCursor(query.cursor) ?? []) as [string?, string?];
  if (typeof afterKey === 'string' && typeof afterId === 'string') {
    builder.andWhere(`(${keySql}, ${alias}.id) < (:afterKey, :afterId)`, { afterKey, afterId });
  }
  const rows = await builder
    .orderBy(keySql, 'DESC')
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

/** The SQL key for a timestamptz column, at the millisecond precision a cursor keeps. */
export const millisecondsOf = (column: string) => `date_trunc('milliseconds', ${column})`;
