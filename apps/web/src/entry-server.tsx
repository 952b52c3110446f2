// The server render (built by Vite's SSR build into dist/apps/web-server): the same App as the browser's, on a
// React Query cache filled through the API's own routes in-process, so that who may see what is decided in one
// place. The API's web-app module calls renderPage once per page GET.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { App, createQueryClient } from './app';
import { type ApiTransport, setApiTransport } from './api/client';
import { acceptedLanguages, browserLanguage, chosenLanguage, createI18n, type Language } from './i18n/i18n';
import type { OwnProfile } from './profiles/profile-api';
import { RenderedParts } from './layout/lazy-part';
import { readPageData } from './server-render/page-data';
import { regionalLocale } from './server-render/use-hydrated';

export interface PageRequest {
  /** Path and query of the page. */
  url: string;
  cookie?: string;
  acceptLanguage?: string;
  /** Answers the page's API requests as the visitor, with their cookie. */
  api: ApiTransport;
}

export interface RenderedPage {
  language: Language;
  /** The regional locale dates and times were written in (en-GB, de-AT), for the browser to hydrate with. */
  locale: string;
  /** The page's markup, for inside #root. */
  html: string;
  /** The dehydrated React Query cache as JSON that is safe inside <script type="application/json">. */
  state: string;
  /** The answers of the page's own queries, by the first word of their key ('meetup': the meetup or null). */
  data: Record<string, unknown>;
  /** The on-demand parts in the markup, whose code the browser loads before it takes the page over. */
  parts: string[];
}

// Requests of many visitors are rendered at once: each one's API calls carry its own cookie.
const visitorApi = new AsyncLocalStorage<ApiTransport>();
setApiTransport((request) => {
  const transport = visitorApi.getStore();
  if (!transport) throw new Error('An API request outside a page render');
  return transport(request);
});

// One per language, kept: a render never changes the language of the instance it is given.
const i18nInstances = new Map<Language, ReturnType<typeof createI18n>>();
function i18nFor(language: Language) {
  let instance = i18nInstances.get(language);
  if (!instance) i18nInstances.set(language, (instance = createI18n(language)));
  return instance;
}

// `<` as \u003c: neither `</script>` nor `<!--` in a title can end the script element early.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const safeJson = (value: unknown) =>
  JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** React's inline scripts (a suspended boundary revealed later) cannot run under the CSP. */
const needsScript = (html: string) => html.includes('<script');

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  let html = '';
  for await (const chunk of stream) html += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return html;
}

/*
 * A guest's page is the same markup for every guest who is shown the same data, and rendering it is most of what
 * a page costs. So the markup is kept by what it was rendered from: the address, the language, the locale and
 * every query's answer. Nothing is invalidated by hand: a cancelled, hidden or edited meetup, a new face among the
 * going, a suspended organiser all change an answer, so the next guest's page has a key never seen before. The
 * answers are still read on every request (the API decides what a guest may see); only the render is saved.
 * Members' pages are not kept: their header, their language and their RSVP are theirs.
 */
const MAX_KEPT_PAGES = 200;
const guestPages = new Map<string, { html: string; parts: string[] }>();

/**
 * Every answered query's key and answer, without when it was read: the render's whole input besides the request.
 * A query the render only asked for (a member's profile, a series) stays unasked on the server and renders as
 * loading, render after render: it is no input.
 */
function renderedFrom(queryClient: QueryClient, url: string, language: string, locale: string): string {
  const answers = queryClient
    .getQueryCache()
    .getAll()
    .filter(({ state }) => state.status !== 'pending' || state.fetchStatus !== 'idle')
    .map((query) => [query.queryHash, query.state.status, query.state.data]);
  return createHash('sha256')
    .update(JSON.stringify([url, language, locale, answers]))
    .digest('base64');
}

/** The page with its content, or null when the server does not render this page (the browser then does). */
export async function renderPage(request: PageRequest): Promise<RenderedPage | null> {
  const queryClient = createQueryClient();
  const pathname = request.url.split('?')[0];
  const data = await visitorApi.run(request.api, () =>
    readPageData(queryClient, pathname, { sentCookie: !!request.cookie }),
  );
  if (!data) return null;

  // The member's profile first, then what they chose in the footer, then the browser's languages.
  const profile = queryClient.getQueryData<OwnProfile>(['profile', 'own']);
  const language =
    profile?.language ??
    chosenLanguage(request.cookie) ??
    browserLanguage(acceptedLanguages(request.acceptLanguage));

  const locale = regionalLocale(acceptedLanguages(request.acceptLanguage), language);
  // Without a cookie: no session, no chosen language, nothing that is this visitor's alone.
  const keptAs =
    data.guest && !request.cookie ? renderedFrom(queryClient, request.url, language, locale) : undefined;
  const kept = keptAs && guestPages.get(keptAs);
  if (kept) return { language, locale, ...kept, state: safeJson(dehydrate(queryClient)), data };

  // prerender waits for every lazy page's code, so the HTML is the whole page, not its "Loading…". A part that
  // still suspends (a member's account menu does, render after render) is left by React to an inline script,
  // which the CSP blocks: such a page is left to the browser, as before server rendering.
  const renderedParts = new Set<string>();
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <RenderedParts.Provider value={renderedParts}>
        <StaticRouter location={request.url}>
          <App queryClient={queryClient} i18n={i18nFor(language)} firstRenderLocale={locale} />
        </StaticRouter>
      </RenderedParts.Provider>
    </StrictMode>,
    // React moves a finished boundary of over 500 bytes out of line (into a revealing script) once the page passes
    // this many bytes (12,800 by default): every member's page would then depend on the size of its header. The
    // whole page is sent at once anyway, so nothing is gained by chunking it.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await streamToString(prelude);
  if (needsScript(html)) return null;
  const parts = [...renderedParts];
  // Kept only when the render read nothing more than its key says: a query made while rendering would be missing.
  if (keptAs && keptAs === renderedFrom(queryClient, request.url, language, locale)) {
    // Oldest out first: a Map keeps insertion order.
    if (guestPages.size >= MAX_KEPT_PAGES) guestPages.delete(guestPages.keys().next().value!);
    guestPages.set(keptAs, { html, parts });
  }
  return { language, locale, html, parts, state: safeJson(dehydrate(queryClient)), data };
}
