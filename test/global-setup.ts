// Once per `npm test`: a fresh database of its own (never `neuland`), migrated with `npm run migrate`, and dropped
// again in global-teardown.ts; and the web app built when its sources changed since the last build, here and only
// here, so that browser tests never drive a stale build and jest's workers never build at once.
// (One file: jest loads its global setup without the module mapping the tests have, so it imports nothing local.)
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';

export default async function globalSetup(): Promise<void> {
  buildWebAppIfChanged();
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

// The built web app the browser tests drive, and whether it is the build of the sources as they are now:
// a hash of apps/web (sources, index.html, vite config), the shared catalogues in locales/ and the lockfile is kept
// next to the build.
const ROOT = process.cwd();
export const WEB_BUILD = join(ROOT, 'dist/apps/web');
const HASH_FILE = join(WEB_BUILD, '.source-hash');
// The web app's own tests do not end up in the bundle.
const NOT_BUILT = /(\.test\.tsx?$)|(^apps\/web\/test\/)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A hash of everything a web build is made from. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(join(ROOT, 'apps/web')),
    ...filesUnder(join(ROOT, 'locales')),
    join(ROOT, 'package-lock.json'),
  ]
    .map((file) => relative(ROOT, file))
    .filter((file) => !NOT_BUILT.test(file))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Why the build in dist/apps/web is not the build of the current sources, or undefined when it is. */
export function staleWebBuild(): string | undefined {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) return 'there is no build in dist/apps/web';
  if (!existsSync(join(WEB_BUILD, '..', 'web-server', 'entry-server.js')))
    return 'there is no server render in dist/apps/web-server';
  if (!existsSync(HASH_FILE)) return 'the build in dist/apps/web does not say which sources it was made from';
  if (readFileSync(HASH_FILE, 'utf8').trim() !== webSourceHash())
    return 'the sources changed since dist/apps/web was built';
  return undefined;
}

/** Builds the web app unless the build is of the current sources; returns whether it built. */
export function buildWebAppIfChanged(): boolean {
  if (!staleWebBuild()) return false;
  const hash = webSourceHash();
  execFileSync('npm', ['run', '--silent', 'build:web'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // jest sets NODE_ENV=test, which would make Vite bundle React's development build: test what users get.
    env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production' },
  });
  writeFileSync(HASH_FILE, `${hash}\n`);
  return true;
}
