import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './log.mjs';

// The bundles of scripts/bundle-apps.mjs.
export const API_ENTRY = 'dist/bundle/api.js';
export const WORKER_ENTRY = 'dist/bundle/worker.js';
const SOURCES = [
  'apps',
  'libs',
  'locales',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/bundle-apps.mjs',
];

const newest = (path) => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.endsWith('node_modules') || path.endsWith('dist')) return 0;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
};

/** Why the API's and the worker's build is not one of the sources as they are now, or undefined when it is. */
export function staleAppsBuild() {
  const built = Math.min(newest(API_ENTRY), newest(WORKER_ENTRY));
  if (built === 0) return 'there is no build yet';
  if (built < Math.max(...SOURCES.map(newest))) return 'the sources changed since the last build';
  return undefined;
}

/** Builds with `npm run build` when there is no build yet, or the sources changed since the last one. */
export async function ensureBuilt() {
  const stale = staleAppsBuild();
  if (!stale) return;
  log(stale === 'there is no build yet' ? 'building Neuland (first start)' : `${stale}, building again`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; see above');
}
