// The web app's server render (dist/apps/web-server, built by `npm run build:web`), run once per page GET. Its
// data comes from the API's own routes, called in-process with the visitor's cookie and language, so that what a
// page shows is exactly what the API would show that visitor. A render that fails leaves the page to the browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** What entry-server.tsx's renderPage answers. */
export interface RenderedPage {
  language: string;
  /** The regional locale of the page's dates and times, which the browser hydrates with. */
  locale: string;
  html: string;
  state: string;
  /** The answers of the page's own queries by the first word of their key, and whether a guest asked. */
  data: Record<string, unknown>;
  /** The on-demand parts in the markup (names in the web app's code), for the browser to load before hydrating. */
  parts: string[];
}

interface PageRequest {
  url: string;
  cookie?: string;
  acceptLanguage?: string;
  api: (request: Request) => Promise<Response>;
}

interface ServerEntry {
  renderPage(request: PageRequest): Promise<RenderedPage | null>;
}

export type PageRenderer = (request: FastifyRequest) => Promise<RenderedPage | null>;

const NO_BODY = new Set([204, 304]);

/** The API answering one of the page's requests as if the visitor had sent it from where they are. */
function inProcessApi(fastify: FastifyInstance, visitor: FastifyRequest) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const forwardedFor = visitor.headers['x-forwarded-for'];
    const answer = await fastify.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      // The socket address and any proxy's header go along: rate limits key on them, not on this process.
      remoteAddress: visitor.socket.remoteAddress,
      headers: {
        accept: 'application/json',
        ...(visitor.headers.cookie ? { cookie: visitor.headers.cookie } : {}),
        ...(visitor.headers['accept-language']
          ? { 'accept-language': visitor.headers['accept-language'] }
          : {}),
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
    });
    return new Response(NO_BODY.has(answer.statusCode) ? null : answer.rawPayload, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}

/** undefined when there is no server build next to the web build (the browser then renders every page). */
export async function loadPageRenderer(
  fastify: FastifyInstance,
  serverRoot: string,
): Promise<PageRenderer | undefined> {
  const logger = new Logger('ServerRender');
  const entryFile = join(serverRoot, 'entry-server.js');
  if (!existsSync(entryFile)) {
    logger.warn(`No server render at ${entryFile}: pages are sent without their content`);
    return undefined;
  }
  // Imported on the first page asked for, not at start: the render's code (React, the pages, their texts) is
  // a megabyte that /health and every JSON request would otherwise wait for and hold in memory.
  let entry: Promise<ServerEntry> | undefined;
  return async (request) => {
    try {
      entry ??= import(pathToFileURL(entryFile).href) as Promise<ServerEntry>;
      return await (
        await entry
      ).renderPage({
        url: request.url,
        cookie: request.headers.cookie,
        acceptLanguage: request.headers['accept-language'],
        api: inProcessApi(fastify, request),
      });
    } catch (error) {
      // The page still works without its first HTML: the browser renders it, as before server rendering.
      logger.error({ err: error, url: request.url }, 'Server render failed; sent the page without content');
      return null;
    }
  };
}

const replaceOnce = (html: string, search: string | RegExp, replacement: string) =>
  html.replace(search, () => replacement);

/** index.html with the rendered page inside #root, its data beside it and its language on <html>. */
export function withRenderedPage(indexHtml: string, page: RenderedPage): string {
  // Both come from renderPage, which gives a language Neuland speaks and a locale Intl knows: no markup in them.
  const withLanguage = replaceOnce(
    indexHtml,
    /<html lang="[^"]*">/,
    `<html lang="${page.language}" data-locale="${page.locale.replace(/[^A-Za-z0-9-]/g, '')}">`,
  );
  return replaceOnce(
    withLanguage,
    '<div id="root"></div>',
    `<div id="root"${lazyPartsAttribute(page.parts)}>${page.html}</div>\n    <script type="application/json" id="neuland-state">${page.state}</script>`,
  );
}

/** The names of the page's on-demand parts, for main.tsx to load before it hydrates; nothing when there are none. */
const lazyPartsAttribute = (parts: string[]) =>
  parts.length > 0 ? ` data-lazy-parts="${parts.join(' ').replace(/[^a-z0-9 -]/g, '')}"` : '';
