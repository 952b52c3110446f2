import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const testUrl = process.env.NEULAND_TEST_DATABASE_URL;
  if (!testUrl) return;
  const url = new URL(testUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
}
