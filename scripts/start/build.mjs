import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './log.mjs';

export const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';
export const WORKER_ENTRY = 'dist/apps/worker/apps/worker/src/main.js';
const SOURCES = ['apps', 'libs', 'locales', 'package.json', 'tsconfig.json'];

const newest = (path) => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.endsWith('node_modules') || path.endsWith('dist')) return 0;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
};

/** Builds with `npm run build` when there is no build yet, or the sources changed since the last one. */
export async function ensureBuilt() {
  const built = Math.min(newest(API_ENTRY), newest(WORKER_ENTRY));
  if (built > 0 && built >= Math.max(...SOURCES.map(newest))) return;
  log(built > 0 ? 'sources changed since the last build, building again' : 'building Neuland (first start)');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; see above');
}
