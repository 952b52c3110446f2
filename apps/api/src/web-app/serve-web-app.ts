// Serves the built web app (dist/apps/web) at /: its files as they are, every other page GET as index.html,
// so that the client-side router can answer /m/:id or /login after a reload. The pages people land on from
// links (a meetup, a profile, home) come with their content, rendered on the server (page-renderer.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loadPageRenderer, withRenderedPage } from './page-renderer.js';
import { canonicalProfileAddress } from './profile-addresses.js';
import { type ShareMetaSource, withShareMeta } from './share-meta.js';

/** Paths that belong to the API and its tools: an unknown one stays the API's JSON 404. */
export const SERVER_PATHS = ['api', 'docs', 'docs-json', 'health', 'dev', 'assets'];
const NOT_THE_WEB_APP = new RegExp(`^/(${SERVER_PATHS.join('|')})(/|$|\\?)`);

export const DEFAULT_WEB_ROOT = join(process.cwd(), 'dist/apps/web');
/** The server render is built beside the web app, outside what is served. */
export const serverRenderRoot = (webRoot: string) => join(webRoot, '..', 'web-server');

/** The page gzipped for browsers that take it: a fast level, since every request pays for it. */
function sendCompressed(request: FastifyRequest, reply: FastifyReply, html: string) {
  if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return reply.send(html);
  return reply.header('Content-Encoding', 'gzip').send(gzipSync(html, { level: 4 }));
}

/** Returns false when there is no build to serve (tests and API-only runs start without it). */
export async function serveWebApp(
  app: NestFastifyApplication,
  root = DEFAULT_WEB_ROOT,
  shareMetaSources: ShareMetaSource[] = [],
): Promise<boolean> {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = await readFile(indexFile, 'utf8');

  await app.register(fastifyStatic, {
    root,
    // One route per built file: a catch-all here would swallow the API's 404s.
    wildcard: false,
    index: false,
    decorateReply: false,
    // The build writes a .br and a .gz beside each script and stylesheet: sent to browsers that accept them.
    preCompressed: true,
    setHeaders: (response, path) => {
      // Vite puts a content hash in every asset name, so they can be cached for good.
      if (path.includes('/assets/')) response.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });

  const fastify = app.getHttpAdapter().getInstance();
  const renderPage = await loadPageRenderer(fastify, serverRenderRoot(root));
  const shareMeta = async (path: string, page?: Record<string, unknown>) => {
    for (const source of shareMetaSources) {
      const meta = await source(path, page);
      if (meta) return meta;
    }
    return undefined;
  };
  fastify.get('/*', async (request, reply) => {
    if (NOT_THE_WEB_APP.test(request.url)) return reply.callNotFound();
    const profileAddress = canonicalProfileAddress(request.url);
    if (profileAddress) return reply.redirect(profileAddress, 301);
    const path = request.url.split('?')[0];
    // The tags come from what the render read, when it read the page: no second trip to the database.
    const page = await renderPage?.(request);
    const meta = await shareMeta(path, page?.data);
    const html = withShareMeta(indexHtml, meta);
    reply.type('text/html; charset=utf-8');
    if (!page) return reply.header('Cache-Control', 'no-cache').send(html);
    // A rendered page shows what this visitor may see, in their language: no shared cache may keep it.
    reply
      .header('Cache-Control', 'private, no-cache')
      .header('Vary', 'Cookie, Accept-Language, Accept-Encoding');
    return sendCompressed(request, reply, withRenderedPage(html, page));
  });
  return true;
}
