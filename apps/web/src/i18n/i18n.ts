// German and English: the profile's language once known, before that the browser's. Two namespaces: the web
// app's own texts (`translation`), and `mail` — the catalogue the mails are written from (locales/*/mail.json),
// for what a page and a mail say alike: the mail categories, the unsubscribe and never-invite pages.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import deMail from '../../../../locales/de/mail.json' with { type: 'json' };
import enMail from '../../../../locales/en/mail.json' with { type: 'json' };
import { de } from './de';
import { en } from './en';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first of the browser's languages that Neuland speaks; English otherwise. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en, mail: enMail }, de: { translation: de, mail: deMail } },
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
  document.documentElement.setAttribute('lang', language);
  return instance;
}

/** The browser's own regional variant of the language shown (en-GB: 18:30, not 6:30 PM), for dates and numbers. */
export function formattingLocale(language: string): string {
  const regional = typeof navigator === 'undefined' ? undefined : navigator.language;
  return regional?.toLowerCase().startsWith(language.toLowerCase()) ? regional : language;
}

/** When a request refused with 429 may be tried again (RateLimitedError's retryAt): weekday and time of day. */
export function retryTimeText(retryAt: Date, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(retryAt);
}
