// Renders the app as main.tsx does (query client, English texts) at `path`, for component tests; pages loaded on
// demand are loaded first, so the page is there when this resolves.
import { act, render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App, createQueryClient } from '../src/app';
import { createI18n } from '../src/i18n/i18n';
import { preloadLazyPages } from '../src/layout/lazy-page';

export async function renderApp(path: string): Promise<RenderResult> {
  await preloadLazyPages();
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <MemoryRouter initialEntries={[path]}>
        <App queryClient={createQueryClient()} i18n={createI18n('en')} />
      </MemoryRouter>,
    );
  });
  return result!;
}
