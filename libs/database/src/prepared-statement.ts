// Statements asked on nearly every request, which PostgreSQL parses and plans once per connection instead of once per
// call. An unnamed statement (what `manager.query` sends) is parsed and planned each time: for the identity lookup
// behind every token, that cost PostgreSQL four times the work of the lookup itself. Keep this for a few fixed texts:
// each connection holds every statement it was asked, for as long as it lives.
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

/** The rows of `statement` for `values`, on the transaction of `on` if it has one, else on the pool. */
export async function runPrepared<Row>(
  on: DataSource | EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> {
  const manager = 'driver' in on ? on.manager : on;
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
