// Once per `npm test`: a fresh database of its own (never `neuland`), migrated with `npm run migrate`.
// Dropped again in global-teardown.ts.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export default async function globalSetup(): Promise<void> {
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/neuland');
  const name = `neuland_test_${randomBytes(4).toString('hex')}`;
  serverUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  serverUrl.pathname = `/${name}`;
  process.env.NEULAND_TEST_DATABASE_URL = serverUrl.toString();
  execFileSync('npm', ['run', '--silent', 'migrate'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: serverUrl.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
