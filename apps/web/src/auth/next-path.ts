/** A path on this site: never `//other.site` or `/\\other.site`, which browsers read as another site. */
export function isPathOnThisSite(path: string | null): path is string {
  return Boolean(path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\'));
}

/** Where to go after logging in: `?next=` when it is a path on this site, else home (never another site). */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return isPathOnThisSite(next) ? next : '/';
}
