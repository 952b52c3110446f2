// What the API and the worker load as they start: a package that only some installations or some requests use is
// loaded when first used, so that it costs neither every start nor the memory of every process.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { LOADED_ON_FIRST_USE } from './support/loaded-packages/loaded-on-first-use.js';

describe('the packages loaded at start', () => {
  it('leave out each package used only by some installations or requests', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'neuland-packages-'));
    const file = join(dir, 'packages.txt');
    try {
      await promisify(execFile)(
        process.execPath,
        [
          '--import',
          '@swc-node/register/esm-register',
          '--import',
          './test/support/loaded-packages/record-packages.mjs',
          'test/support/loaded-packages/import-apps.ts',
        ],
        { env: { ...process.env, RECORD_PACKAGES_TO: file } },
      );
      const loaded = new Set((await readFile(file, 'utf8')).split('\n'));
      expect(loaded).toContain('@nestjs/core');
      expect(Object.keys(LOADED_ON_FIRST_USE).filter((name) => loaded.has(name))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
