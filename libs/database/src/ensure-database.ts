// Creates the configured database when the server answers but the database is missing (a fresh machine).
import { StartupError } from '@neuland/config';
import pg from 'pg';

export class DatabaseUnreachableError extends StartupError {}

export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  try {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    await client.connect();
    await client.end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw unreachable(url, error);
  }
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw unreachable(url, error);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function unreachable(url: URL, error: unknown): DatabaseUnreachableError {
  const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
  return new DatabaseUnreachableError(`DATABASE_URL: cannot use the database at ${url.host} (${reason})`);
}
