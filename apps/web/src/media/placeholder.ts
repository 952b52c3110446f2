// A thumbhash as a tiny PNG data: URL (allowed by the CSP's img-src), computed once per hash.
import { thumbHashToDataURL } from 'thumbhash';

const cache = new Map<string, string>();

export function placeholderUrl(thumbhash: string): string {
  if (!thumbhash) return '';
  let url = cache.get(thumbhash);
  if (!url) {
    try {
      url = thumbHashToDataURL(Uint8Array.from(atob(thumbhash), (char) => char.charCodeAt(0)));
    } catch {
      url = '';
    }
    cache.set(thumbhash, url);
  }
  return url;
}
