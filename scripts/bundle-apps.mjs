// Bundles the compiled API and worker (dist/compiled, from `nest build server`) into dist/bundle/api.js and
// worker.js, which `npm start`, `npm run start:api|worker` and the Docker image run. A start then reads a few dozen
// files instead of resolving, reading and compiling about 1,100, which was most of the time until the API answered.
// Part of `npm run build` and `npm run build:apps`. test/bundled-apps.e2e-spec.ts starts both bundles and checks
// that no package is loaded twice, once inside a bundle and once from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const APPS = {
  api: 'dist/compiled/apps/api/src/main.js',
  worker: 'dist/compiled/apps/worker/src/main.js',
};

// Packages left to Node, each for its reason. They are loaded from node_modules as before.
const KEPT_OUT = {
  // Loaded on first use, not at start (test/packages-at-start.e2e-spec.ts). React also must stay one copy, shared
  // by the mail templates and react-dom.
  loadedOnFirstUse: ['@aws-sdk/client-s3', 'sharp', 'file-type', 'pdfkit', 'qrcode', 'react', 'react-dom'],
  // Loaded by name at run time (TypeORM's driver): bundled too, it would be loaded twice.
  loadedByName: ['pg'],
  // Find files beside their own code: a native addon (argon2), worker threads (bullmq, pino's transports), their own
  // package.json (ioredis), time-zone data, the queue dashboard's and the API docs' pages and templates.
  findFilesBesideTheirCode: [
    'argon2',
    'bullmq',
    'ioredis',
    'pino',
    '@touch4it/ical-timezones',
    'swagger-ui-dist',
    '@bull-board/api',
    '@bull-board/fastify',
    '@fastify/view',
  ],
};

/**
 * The packages of KEPT_OUT and all they depend on: bundled, a dependency they share with the bundle (semver, debug,
 * @fastify/static) would be loaded twice, once inside it and once from node_modules.
 */
function withTheirDependencies(names) {
  const all = new Set();
  const visit = (name) => {
    const manifest = join('node_modules', name, 'package.json');
    if (all.has(name) || !existsSync(manifest)) return; // not installed: an optional dependency
    all.add(name);
    const { dependencies, optionalDependencies } = JSON.parse(readFileSync(manifest, 'utf8'));
    for (const dependency of Object.keys({ ...dependencies, ...optionalDependencies })) visit(dependency);
  };
  names.forEach(visit);
  return all;
}
const namedKeptOut = new Set(Object.values(KEPT_OUT).flat());
const keptOut = withTheirDependencies(namedKeptOut);

const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isPackage = (specifier) => !/^(\.|\/|\0|node:)/.test(specifier);

// Some ESM packages load an optional peer with `createRequire(import.meta.url)('class-validator')`, which a bundler
// cannot follow: the peer would be loaded a second time from node_modules beside its bundled copy (two metadata
// stores for class-validator, two TypeORMs). Without the createRequire line, such a require() is bundled as any
// other.
const requireThroughTheBundle = {
  name: 'require-through-the-bundle',
  transform(code, id) {
    if (!id.includes('/node_modules/') || !code.includes('createRequire(import.meta.url)')) return null;
    return code.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '');
  },
};

// A package left to Node is loaded by its name from the top of node_modules. Where a bundled package depends on a
// version of its own, installed beside it, that copy is bundled instead (a shared helper such as tslib), or, if it
// must stay out, loaded from its own folder.
const keepOut = {
  name: 'keep-out',
  async resolveId(specifier, importer, options) {
    if (!isPackage(specifier) || !keptOut.has(packageOf(specifier))) return null;
    const resolved = await this.resolve(specifier, importer, { ...options, skipSelf: true });
    if (!resolved || resolved.external) return { id: specifier, external: true }; // an optional one not installed
    if (resolved.id.startsWith(`${resolve('node_modules', packageOf(specifier))}/`))
      return { id: specifier, external: true };
    return namedKeptOut.has(packageOf(specifier)) ? { id: resolved.id, external: true } : null;
  },
};

// @nestjs/terminus loads its optional peers with import(name), a name a bundler cannot follow: @nestjs/typeorm would
// come from node_modules with a TypeORM of its own, and the database check would look for a connection the bundled
// TypeORM never registered (/health/ready down). Its peers that Neuland depends on are imported by name instead.
const TERMINUS_PEER_LOADER = '/node_modules/@nestjs/terminus/dist/utils/checkPackage.util.js';
const terminusPeersThroughTheBundle = {
  name: 'terminus-peers-through-the-bundle',
  transform(code, id) {
    if (!id.endsWith(TERMINUS_PEER_LOADER)) return null;
    const ours = JSON.parse(readFileSync('package.json', 'utf8')).dependencies;
    const { peerDependencies } = JSON.parse(
      readFileSync('node_modules/@nestjs/terminus/package.json', 'utf8'),
    );
    const imports = Object.keys(peerDependencies)
      .filter((peer) => peer in ours)
      .map((peer) => `${JSON.stringify(peer)}: () => import(${JSON.stringify(peer)})`);
    const patched = code.replace(
      'await import(packageName)',
      `await ({ ${imports.join(', ')} }[packageName]?.() ?? import(packageName))`,
    );
    if (patched === code)
      this.error(`${TERMINUS_PEER_LOADER} no longer loads its peers as this build expects`);
    return patched;
  },
};

// The compiled files' own source maps, read with them, so that the bundle's map leads to the TypeScript sources.
const COMPILED = `${resolve('dist/compiled')}/`;
const compiledSourceMaps = {
  name: 'compiled-source-maps',
  async load(id) {
    if (!id.startsWith(COMPILED) || !id.endsWith('.js')) return null;
    const [code, map] = await Promise.all([
      readFile(id, 'utf8'),
      readFile(`${id}.map`, 'utf8').catch(() => undefined),
    ]);
    return { code, map };
  },
};

/** Bundles `entries` (name → compiled file) into `outDir`, one `<name>.js` each, with the chunks they share. */
export async function bundle(entries, outDir) {
  await rm(outDir, { recursive: true, force: true });
  await build({
    input: entries,
    platform: 'node',
    logLevel: 'silent',
    makeAbsoluteExternalsRelative: true,
    plugins: [compiledSourceMaps, requireThroughTheBundle, terminusPeersThroughTheBundle, keepOut],
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      // CommonJS packages in the bundle that require() a package left to Node, or a built-in.
      banner:
        "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
  });
  await refuseFileFindersInside(outDir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await bundle(APPS, 'dist/bundle');
  process.stdout.write(
    `bundled the API and the worker into dist/bundle in ${Math.round(performance.now() - started)} ms\n`,
  );
}

/**
 * A bundled package that finds files beside its own code would look for them beside the bundle and fail only when
 * that code runs. The bundle names each module's origin in a comment; the build fails while one of them uses
 * __dirname or __filename, so that a new dependency of that kind is seen here and added to KEPT_OUT.
 */
async function refuseFileFindersInside(outDir) {
  const offenders = new Set();
  for (const file of (await readdir(outDir)).filter((name) => name.endsWith('.js'))) {
    let origin = '';
    for (const line of (await readFile(join(outDir, file), 'utf8')).split('\n')) {
      const region = /^\/\/ ((node_modules|dist)\/\S+)$/.exec(line);
      if (region) origin = region[2] === 'node_modules' ? region[1] : '';
      else if (origin && /\b__(dirname|filename)\b/.test(line)) offenders.add(origin.replace(/\/[^/]+$/, ''));
    }
  }
  if (offenders.size > 0) {
    throw new Error(
      `Code that finds files beside itself cannot be bundled: ${[...offenders].join(', ')}. ` +
        'Add its package to KEPT_OUT in scripts/bundle-apps.mjs.',
    );
  }
}
