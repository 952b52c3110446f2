// Turns a display name into a handle: "Silke Schröder" → "silke-schroeder".
import { spellInLatinLetters } from './latin-letters.js';
import { isReservedHandle } from './reserved-handles.js';

export const HANDLE_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export function handleFromDisplayName(displayName: string): string {
  const slug = spellInLatinLetters(displayName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `member${slug ? `-${slug}` : ''}`;
}

/** The handles to try, in order, when `base` may be taken: base, base-2 … base-9, never a reserved one. */
export const handleCandidates = (base: string) =>
  [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)].filter(
    (handle) => !isReservedHandle(handle),
  );
