// Builds the web app into dist/apps/web, where the API serves it, and (with --ssr) its server render into
// dist/apps/web-server, which the API imports and nobody downloads. `npm run dev:web` proxies /api to a running API.
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiUrl = process.env.NEULAND_API_URL ?? 'http://localhost:3000';

export default defineConfig(({ isSsrBuild }) => ({
  root,
  plugins: [react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL(`../../dist/apps/${isSsrBuild ? 'web-server' : 'web'}`, import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // The client's manifest names each page's chunks, for the server to preload a lazy page's code.
    manifest: !isSsrBuild,
  },
  server: {
    port: 5173,
    proxy: { '/api': apiUrl, '/docs': apiUrl, '/dev': apiUrl, '/health': apiUrl },
  },
}));
