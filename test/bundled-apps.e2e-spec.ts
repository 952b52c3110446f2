// The API and the worker as `npm start` and the Docker image run them: from their bundles (scripts/bundle-apps.mjs).
// A package must be either inside the bundle or loaded from node_modules, never both: two copies of one package
// keep two sets of its state (class-validator's rules, TypeORM's driver), and the bundler cannot see every require.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_ENTRY, staleAppsBuild, WORKER_ENTRY } from '../scripts/start/build.mjs';
import { freePort } from './support/free-port.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { LOADED_ON_FIRST_USE } from './support/loaded-packages/loaded-on-first-use.js';
import { until } from './support/until.js';

const BUNDLE_DIR = 'dist/bundle';
const RECORDER = './test/support/loaded-packages/record-required-packages.cjs';
const FOLDERS_LOADED_ON_FIRST_USE = Object.keys(LOADED_ON_FIRST_USE).map((name) => `node_modules/${name}`);

/**
 * The folders of the packages whose code is inside the bundle (node_modules/pg, node_modules/a/node_modules/b): each
 * module's origin is named in a comment above it.
 */
async function bundledPackages(): Promise<Set<string>> {
  const folders = new Set<string>();
  for (const file of (await readdir(BUNDLE_DIR)).filter((name) => name.endsWith('.js'))) {
    for (const match of (await readFile(join(BUNDLE_DIR, file), 'utf8')).matchAll(
      /^\/\/ (node_modules\/(?:.*\/node_modules\/)?(?:@[^/]+\/)?[^/]+)\//gm,
    ))
      folders.add(match[1]);
  }
  return folders;
}

interface Started {
  port: number;
  /** Stops the process and returns the packages it loaded from node_modules. */
  stop: () => Promise<Set<string>>;
}

async function startFromBundle(
  databaseUrl: string,
  entry: string,
  recordTo: string,
  env: Record<string, string> = {},
): Promise<Started> {
  const [port, workerPort] = [await freePort(), await freePort()];
  let output = '';
  const child = spawn(process.execPath, ['--require', RECORDER, entry], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      WORKER_PORT: String(workerPort),
      DATABASE_URL: databaseUrl,
      DATABASE_MIGRATIONS_RUN: 'false',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `neuland-test-${randomBytes(6).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      APP_URL: 'http://neuland.test',
      MAIL_DIR: `var/test-mail/${randomBytes(6).toString('hex')}`,
      MEDIA_DIR: `var/test-media/${randomBytes(6).toString('hex')}`,
      RECORD_PACKAGES_TO: recordTo,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const answerPort = entry === WORKER_ENTRY ? workerPort : port;
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}:\n${output}`);
      const status = await fetch(`http://127.0.0.1:${answerPort}/health`).then(
        (response) => response.status,
        () => 0,
      );
      return status === 200 || undefined;
    },
    { what: `${entry} to answer /health`, timeoutMs: 30_000 },
  );
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      const recorded = await readFile(recordTo, 'utf8').catch(() => '');
      return new Set(recorded.split('\n').filter(Boolean));
    },
  };
}

describe('the bundled API and worker', () => {
  let dir: string;
  let bundled: Set<string>;
  // A worker relays every outbox row of its database: in the shared one it would take other files' mails.
  let database: IsolatedDatabase;
  beforeAll(async () => {
    // CI builds before it tests; a developer's changed sources are built here, the apps only (the web app is
    // built by global-setup.ts).
    if (staleAppsBuild())
      execFileSync('npm', ['run', '--silent', 'build:apps'], { stdio: ['ignore', 'ignore', 'inherit'] });
    dir = await mkdtemp(join(tmpdir(), 'neuland-bundle-'));
    bundled = await bundledPackages();
    database = await createIsolatedDatabase();
  }, 300_000);
  afterAll(async () => {
    await database?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['API', API_ENTRY],
    ['worker', WORKER_ENTRY],
  ])(
    'starts the %s from its bundle, each package loaded once: from the bundle or from node_modules, never both',
    async (name, entry) => {
      const started = await startFromBundle(database.url, entry, join(dir, `${name}.txt`));
      const loaded = await started.stop();

      expect(bundled).toContain('node_modules/@nestjs/core');
      expect(loaded).toContain('node_modules/pg');
      expect([...loaded].filter((pkg) => bundled.has(pkg))).toEqual([]);
      expect(FOLDERS_LOADED_ON_FIRST_USE.filter((pkg) => loaded.has(pkg) || bundled.has(pkg))).toEqual([]);
    },
    60_000,
  );

  it('serves readiness, a server-rendered page, the API docs and a sign-up whose mail the worker renders and sends', async () => {
    // One mailbox and one set of queues for both processes; no SMTP_URL: mail goes to the development mailbox.
    const shared = {
      MAIL_DIR: join(dir, 'mail'),
      QUEUE_PREFIX: `neuland-test-${randomBytes(6).toString('hex')}`,
      OUTBOX_POLL_MS: '100',
    };
    const api = await startFromBundle(database.url, API_ENTRY, join(dir, 'pages.txt'), shared);
    const worker = await startFromBundle(database.url, WORKER_ENTRY, join(dir, 'mails.txt'), shared);
    try {
      const base = `http://127.0.0.1:${api.port}`;
      const ready = await fetch(`${base}/health/ready`);
      expect(await ready.json()).toMatchObject({ status: 'ok' });
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="neuland-state"');
      const docs = await fetch(`${base}/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger-ui');
      const refused = await fetch(`${base}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'not an address', password: 'x' }),
      });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: expect.any(String) });

      const email = `bundle-${randomBytes(4).toString('hex')}@example.org`;
      const signUp = await fetch(`${base}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'a passphrase long enough', displayName: 'Bundle Tester' }),
      });
      expect(signUp.status).toBe(202);
      const mail = await until(
        async () => {
          const files = await readdir(shared.MAIL_DIR).catch(() => []);
          const mails = await Promise.all(
            files
              .filter((file) => file.endsWith('.html'))
              .map((file) => readFile(join(shared.MAIL_DIR, file), 'utf8')),
          );
          return mails.find((html) => html.includes('Bundle Tester'));
        },
        { what: 'the sign-up mail in the development mailbox', timeoutMs: 30_000 },
      );
      expect(mail).toContain('href="http://neuland.test');
    } finally {
      await worker.stop();
      await api.stop();
    }
  }, 60_000);
});
