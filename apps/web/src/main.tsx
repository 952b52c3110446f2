import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { hydrate } from '@tanstack/react-query';
import { App, createQueryClient } from './app';
import { browserLanguage, chosenLanguage, createI18n, isLanguage } from './i18n/i18n';
import { serverRenderedPage } from './server-render/page-data';
import './styles.css';

const root = document.getElementById('root')!;
const queryClient = createQueryClient();
// A page the server rendered brings the data it was rendered from; the browser starts from the same cache and
// language, so that hydration finds the HTML it would render itself.
const serverState = document.getElementById('neuland-state');
const serverLanguage = document.documentElement.lang;
if (serverState?.textContent) hydrate(queryClient, JSON.parse(serverState.textContent));
const language =
  serverState && isLanguage(serverLanguage)
    ? serverLanguage
    : (chosenLanguage(document.cookie) ?? browserLanguage(navigator.languages));

const app = (
  <StrictMode>
    <BrowserRouter>
      <App queryClient={queryClient} i18n={createI18n(language)} />
    </BrowserRouter>
  </StrictMode>
);
if (serverState) {
  // A page whose code comes on demand is loaded first: hydrating it later would let an early click or a fresh
  // answer replace the server's HTML instead of taking it over.
  void (serverRenderedPage(location.pathname)?.page.code?.preload() ?? Promise.resolve()).finally(() =>
    hydrateRoot(root, app),
  );
} else createRoot(root).render(app);
