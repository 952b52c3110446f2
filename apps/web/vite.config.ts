// Builds the web app into dist/apps/web, where the API serves it, and (with --ssr) its server render into
// dist/apps/web-server, which the API imports and nobody downloads. `npm run dev:web` proxies /api to a running API.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a .br and a .gz beside every script and stylesheet, compressed once at build time with the strongest
 * settings; the API sends whichever the browser accepts (@fastify/static's preCompressed).
 */
function precompressAssets(outDir: string): Plugin {
  return {
    name: 'neuland-precompress-assets',
    apply: 'build',
    async closeBundle() {
      const assets = join(outDir, 'assets');
      for (const file of await readdir(assets)) {
        if (!/\.(js|css|svg)$/.test(file)) continue;
        const content = await readFile(join(assets, file));
        const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } };
        await writeFile(join(assets, `${file}.br`), brotliCompressSync(content, brotli));
        await writeFile(join(assets, `${file}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}

const root = fileURLToPath(new URL('.', import.meta.url));
const apiUrl = process.env.NEULAND_API_URL ?? 'http://localhost:3000';

const outDir = (ssr: boolean) =>
  fileURLToPath(new URL(`../../dist/apps/${ssr ? 'web-server' : 'web'}`, import.meta.url));

export default defineConfig(({ isSsrBuild = false }) => ({
  root,
  plugins: [react(), tailwindcss(), ...(isSsrBuild ? [] : [precompressAssets(outDir(false))])],
  build: {
    outDir: outDir(isSsrBuild),
    emptyOutDir: true,
    sourcemap: false,
    // The client's manifest names each page's chunks, for the server to preload a lazy page's code.
    manifest: !isSsrBuild,
  },
  // The server render carries its libraries with it, in their production builds whatever NODE_ENV the API runs
  // under: React's development build renders many times slower.
  ...(isSsrBuild
    ? {
        ssr: { noExternal: true },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        oxc: { jsx: { runtime: 'automatic' as const, development: false } },
      }
    : {}),
  server: {
    port: 5173,
    proxy: { '/api': apiUrl, '/docs': apiUrl, '/dev': apiUrl, '/health': apiUrl },
  },
}));
