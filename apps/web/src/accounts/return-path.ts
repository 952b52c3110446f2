// Where to continue once the e-mail address is confirmed: the page the person was on when they asked for the link.
// The link opens in a new tab, often, so this lives in localStorage; only paths on this site are kept.
import { isPathOnThisSite } from '../auth/next-path';

const KEY = 'neuland:continue-after-verifying';

export function rememberReturnPath(path: string): void {
  localStorage.setItem(KEY, path);
}

export function takeReturnPath(): string {
  const stored = localStorage.getItem(KEY);
  localStorage.removeItem(KEY);
  return isPathOnThisSite(stored) ? stored : '/';
}
