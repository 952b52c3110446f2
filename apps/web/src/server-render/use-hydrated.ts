// What only the browser knows (the viewer's time zone, their regional locale, the page's origin) is rendered after
// hydration: the server and the hydrating browser both render without it, so their HTML is the same.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { formattingLocale } from '../i18n/i18n';

const neverChanges = () => () => {};

/** false on the server and while the browser hydrates the server's HTML; true from the next render on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}

/**
 * The regional locale the server rendered with (from Accept-Language, which browsers fill from their own language
 * list): the browser hydrates with the same one, so that the server's "18:30" is not replaced by "6:30 PM".
 */
export const FirstRenderLocale = createContext<string | undefined>(undefined);

/** The locale of the first render until hydrated (the language alone without one), the browser's variant after. */
export function useFormattingLocale(language: string): string {
  const firstRender = useContext(FirstRenderLocale);
  return useHydrated() ? formattingLocale(language) : (firstRender ?? language);
}

/** The first of the accepted languages that is a regional variant of `language` and that Intl knows. */
export function regionalLocale(accepted: string[], language: string): string {
  const regional = accepted.find((tag) => tag.toLowerCase().startsWith(`${language.toLowerCase()}-`));
  if (!regional) return language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([regional])[0] ?? language;
  } catch {
    return language;
  }
}
