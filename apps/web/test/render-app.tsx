// Renders the app as main.tsx does (query client, English texts) at `path`, for component tests.
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App, createQueryClient } from '../src/app';
import { createI18n } from '../src/i18n/i18n';

export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={createQueryClient()} i18n={createI18n('en')} />
    </MemoryRouter>,
  );
}
