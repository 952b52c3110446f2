// The API and the worker keep Node's compiled code between starts (Node 22 and later, with NODE_COMPILE_CACHE, as
// `npm start` and the Docker image set it): a started process writes it at once, not only as it ends, so that a
// restart after a crash starts from it too.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { until } from './support/until.js';

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
const onNodeWithCompileCache = NODE_MAJOR >= 22 ? it : it.skip;

async function filesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

describe('the compile cache', () => {
  let child: ChildProcess | undefined;
  let cacheDir: string | undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  onNodeWithCompileCache(
    'is written as soon as a process has started, while it still runs',
    async () => {
      cacheDir = await mkdtemp(join(tmpdir(), 'neuland-compile-cache-'));
      let output = '';
      child = spawn(
        process.execPath,
        ['--import', '@swc-node/register/esm-register', 'test/support/compile-cache/start-and-stay.ts'],
        { env: { ...process.env, NODE_COMPILE_CACHE: cacheDir }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await until(() => output.includes('started'), { what: 'the process to start', timeoutMs: 20_000 });
      const written = await until(async () => (await filesUnder(cacheDir!)) || undefined, {
        what: 'compiled code in the cache',
        timeoutMs: 10_000,
      });
      expect(written).toBeGreaterThan(0);
      expect(child.exitCode).toBeNull();
    },
    40_000,
  );
});
