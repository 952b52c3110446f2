// Several API processes may start at once (docker compose --scale api=2, a rolling deploy), and each applies pending
// migrations: two running the same CREATE TABLE would collide and one process would die. A lock per database lets
// one apply them while the others wait, then find nothing pending.
import type { DataSource } from 'typeorm';

/** An arbitrary key of PostgreSQL's advisory locks, Neuland's for migrations. */
const MIGRATIONS_LOCK = 7_060_204_001;

export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  // Advisory locks belong to a session: taken and given back on this one connection.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
