import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, createQueryClient } from './app';
import { browserLanguage, createI18n } from './i18n/i18n';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App queryClient={createQueryClient()} i18n={createI18n(browserLanguage(navigator.languages))} />
    </BrowserRouter>
  </StrictMode>,
);
