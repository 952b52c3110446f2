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

/** A guest's choice in the footer, kept so that the server renders the next page in it too. */
export const LANGUAGE_COOKIE = 'neuland-language';

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly (string | undefined)[]).includes(value);
}

/** The language chosen in the footer, from a Cookie header or document.cookie. */
export function chosenLanguage(cookies: string | undefined): Language | undefined {
  const value = cookies
    ?.split(';')
    .map((cookie) => cookie.trim().split('='))
    .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
  return isLanguage(value) ? value : undefined;
}

export function rememberLanguage(language: Language): void {
  document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax`;
}

/** The tags of an Accept-Language header, most wanted first. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...parameters] = part.trim().split(';');
      const quality = parameters.find((parameter) => parameter.trim().startsWith('q='));
      return { tag: tag.trim(), quality: quality ? Number(quality.trim().slice(2)) : 1 };
    })
    .filter(({ tag, quality }) => tag && quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map(({ tag }) => tag);
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
  // The server render writes lang into the HTML itself.
  if (typeof document === 'undefined') return instance;
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
