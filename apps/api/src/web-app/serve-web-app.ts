// Serves the built web app (dist/apps/web) at /: its files as they are, every other page GET as index.html,
// so that the client-side router can answer /m/:id or /login after a reload.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { canonicalProfileAddress } from './profile-addresses.js';
import { type ShareMetaSource, withShareMeta } from './share-meta.js';

/** Paths that belong to the API and its tools: an unknown one stays the API's JSON 404. */
export const SERVER_PATHS = ['api', 'docs', 'docs-json', 'health', 'dev', 'assets'];
const NOT_THE_WEB_APP = new RegExp(`^/(${SERVER_PATHS.join('|')})(/|$|\\?)`);

export const DEFAULT_WEB_ROOT = join(process.cwd(), 'dist/apps/web');

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
    setHeaders: (response, path) => {
      // Vite puts a content hash in every asset name, so they can be cached for good.
      if (path.includes('/assets/')) response.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', async (request, reply) => {
    if (NOT_THE_WEB_APP.test(request.url)) return reply.callNotFound();
    const profileAddress = canonicalProfileAddress(request.url);
    if (profileAddress) return reply.redirect(profileAddress, 301);
    const path = request.url.split('?')[0];
    let meta;
    for (const source of shareMetaSources) meta ??= await source(path);
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(withShareMeta(indexHtml, meta));
  });
  return true;
}
