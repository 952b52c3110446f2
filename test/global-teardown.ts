import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const testUrl = process.env.NEULAND_TEST_DATABASE_URL;
  if (!testUrl) return;
  const url = new URL(testUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  // The run's database and the isolated ones test files made beside it (named `<run database>_<suffix>`).
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')`,
    [name],
  );
  for (const { datname } of rows)
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  await admin.end();
}
