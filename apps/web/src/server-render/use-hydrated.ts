// What only the browser knows (the viewer's time zone, their regional locale, the page's origin) is rendered after
// hydration: the server and the hydrating browser both render without it, so their HTML is the same.
import { useSyncExternalStore } from 'react';
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

/** The language alone until hydrated (the server cannot know en-GB from en-US), the browser's variant after. */
export function useFormattingLocale(language: string): string {
  return useHydrated() ? formattingLocale(language) : language;
}
