// Statements asked on nearly every request, which PostgreSQL parses and plans once per connection instead of once per
// call. An unnamed statement (what `manager.query` sends) is parsed and planned each time: for the identity lookup
// behind every token, that cost PostgreSQL four times the work of the lookup itself. Keep this for a few fixed texts
// (or a few shapes, below): each connection holds every statement it was asked, for as long as it lives.
import type { DataSource, EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';

export interface PreparedStatement {
  /** Unique among the statements of the process; one name, one text. */
  readonly name: string;
  readonly text: string;
}

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** A process names at most this many shapes of statements; a text beyond them is sent unnamed. */
export const MAX_SHAPES = 256;
const shapes = new Map<string, PreparedStatement>();

/**
 * A statement built from optional parts (a listing's filters), prepared once per shape: its name comes from its text,
 * so each combination of parts gets its own. Only for texts that differ by their parts, never by values written
 * into them: each connection keeps every shape it was asked. Past MAX_SHAPES, a text is parsed and planned per call.
 */
export function statementOfShape(prefix: string, text: string): PreparedStatement | string {
  const known = shapes.get(text);
  if (known) return known;
  if (shapes.size >= MAX_SHAPES) return text;
  const statement = { name: `${prefix}-${shapes.size + 1}`, text };
  shapes.set(text, statement);
  return statement;
}

/** The rows of `statement` for `values`, on the transaction of `on` if it has one, else on the pool. */
export async function runPrepared<Row>(
  on: DataSource | EntityManager,
  statement: PreparedStatement | string,
  values: unknown[],
): Promise<Row[]> {
  const manager = 'driver' in on ? on.manager : on;
  if (typeof statement === 'string') return manager.query(statement, values);
  const client: PgQueryable = manager.queryRunner
    ? await (manager.queryRunner.connect() as Promise<PgQueryable>)
    : (manager.connection.driver as unknown as { master: PgQueryable }).master;
  try {
    const { rows } = await client.query({ name: statement.name, text: statement.text, values });
    return rows as Row[];
  } catch (error) {
    // As TypeORM reports it, so that callers read a failed statement the same way whichever path it took.
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}
