import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { type DehydratedState, hydrate } from '@tanstack/react-query';
import { App, createQueryClient } from './app';
import { browserLanguage, chosenLanguage, createI18n, isLanguage } from './i18n/i18n';
import { preloadParts } from './layout/lazy-part';
import { serverRenderedPage } from './server-render/page-data';
import './styles.css';

const FRESH_FROM_SERVER = 30_000;
const root = document.getElementById('root')!;
const queryClient = createQueryClient();
// A page the server rendered brings the data it was rendered from; the browser starts from the same cache and
// language, so that hydration finds the HTML it would render itself.
const serverState = document.getElementById('neuland-state');
const serverLanguage = document.documentElement.lang;
if (serverState?.textContent) {
  const state = JSON.parse(serverState.textContent) as DehydratedState;
  hydrate(queryClient, state);
  // Read a moment ago for this very page: asking again as it opens would only repeat the server's request.
  for (const { queryKey } of state.queries)
    queryClient.setQueryDefaults(queryKey, { staleTime: FRESH_FROM_SERVER });
}
const language =
  serverState && isLanguage(serverLanguage)
    ? serverLanguage
    : (chosenLanguage(document.cookie) ?? browserLanguage(navigator.languages));

/** Marks the page as React's once it has taken over, for whoever must not click before (the browser tests). */
function MarkTakenOver() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <MarkTakenOver />
    <BrowserRouter>
      <App
        queryClient={queryClient}
        i18n={createI18n(language)}
        firstRenderLocale={serverState ? document.documentElement.dataset.locale : undefined}
      />
    </BrowserRouter>
  </StrictMode>
);
if (serverState) {
  // A page whose code comes on demand is loaded first, with the on-demand parts in it: hydrating it earlier would
  // let an early click be lost, or a fresh answer replace the server's HTML instead of taking it over.
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the page still.
  void Promise.all([
    serverRenderedPage(location.pathname)?.page.code?.preload(),
    preloadParts(root.dataset.lazyParts?.split(' ') ?? []),
  ]).finally(() =>
    startTransition(() => {
      hydrateRoot(root, app);
    }),
  );
} else createRoot(root).render(app);
