// Where to continue once the e-mail address is confirmed: the page the person was on when they asked for the link.
// The link opens in a new tab, often, so this lives in localStorage; only paths on this site are kept.
// It also marks this browser as the one that asked: there the link confirms on opening, anywhere else (another
// device, a mail scanner that opens links) it waits for a click, so that opening a link never confirms an
// address for someone who did not ask.
import { isPathOnThisSite } from '../auth/next-path';

const KEY = 'neuland:continue-after-verifying';
const ASKED_AT = 'neuland:confirmation-link-asked-at';
/** As long as a confirmation link stays valid. */
const LINK_LIFETIME_MS = 48 * 3_600_000;

export function rememberReturnPath(path: string): void {
  localStorage.setItem(KEY, path);
  localStorage.setItem(ASKED_AT, String(Date.now()));
}

export function takeReturnPath(): string {
  const stored = localStorage.getItem(KEY);
  localStorage.removeItem(KEY);
  return isPathOnThisSite(stored) ? stored : '/';
}

/** True once, in the browser that asked for a confirmation link within its lifetime. */
export function takeLinkAskedHere(now = Date.now()): boolean {
  const askedAt = Number(localStorage.getItem(ASKED_AT));
  localStorage.removeItem(ASKED_AT);
  return askedAt > 0 && now - askedAt < LINK_LIFETIME_MS;
}
