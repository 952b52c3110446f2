// Normalises handles and profile URLs to one spelling per account, so that matching imports to members is exact.
export const SOCIAL_PLATFORMS = [
  'mastodon',
  'bluesky',
  'x',
  'linkedin',
  'instagram',
  'facebook',
  'website',
] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

/** Matching keys: a member's social accounts plus the keyed hash of their e-mail address (never shown). */
export type MatchingPlatform = SocialPlatform | 'email';

export interface MatchingKey {
  platform: MatchingPlatform;
  handle: string;
}

const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/;
const MASTODON_USER = /^[a-z0-9_][a-z0-9_.-]{0,63}$/;
const X_HANDLE = /^[a-z0-9_]{1,15}$/;
const NUMERIC_ID = /^[0-9]{1,25}$/;
const LINKEDIN_SLUG = /^[\p{L}\p{N}_-]{3,100}$/u;
const BLUESKY_DID = /^did:(plc|web):[a-z0-9._:%-]{3,200}$/;
const INSTAGRAM_HANDLE = /^[a-z0-9._]{1,30}$/;
const FACEBOOK_HANDLE = /^[a-z0-9.]{1,50}$/;

/** The normalised handle, or null when the input is not a handle of that platform. */
export function normaliseHandle(platform: SocialPlatform, input: string): string | null {
  const value = input.trim();
  if (value.length === 0 || value.length > 300) return null;
  const url = parseUrl(value);
  switch (platform) {
    case 'mastodon':
      return url ? mastodonFromUrl(url) : mastodonFromAddress(value);
    case 'x':
      return url ? xFromUrl(url) : xFromHandle(value);
    case 'linkedin':
      return url ? linkedinFromUrl(url) : linkedinSlug(value);
    case 'bluesky':
      return url ? blueskyFromUrl(url) : blueskyHandle(value);
    case 'instagram':
      return url ? pathHandle(url, ['instagram.com'], INSTAGRAM_HANDLE) : matchLower(value, INSTAGRAM_HANDLE);
    case 'facebook':
      return url ? facebookFromUrl(url) : matchLower(value, FACEBOOK_HANDLE);
    case 'website':
      return websiteFromUrl(url ?? parseUrl(`https://${value}`));
  }
}

/**
 * Recognises a line of a plain list without a platform: profile URLs, `@user@instance`, Bluesky handles and DIDs,
 * e-mail addresses. A bare `@name` could be any platform and is refused.
 */
export function recogniseHandle(input: string): MatchingKey | { rejected: RowRejection } {
  const value = input.trim();
  if (looksLikeFormula(value)) return { rejected: 'FORMULA_CELL' };
  const url =
    parseUrl(value) ??
    (/^(www\.)?[a-z0-9.-]+\.[a-z]{2,}\//i.test(value) ? parseUrl(`https://${value}`) : null);
  if (url) return keyFromUrl(url);
  if (value.startsWith('@') && value.indexOf('@', 1) > 0) return keyOrNotAHandle('mastodon', value);
  if (/\.bsky\.social$/i.test(value) || value.startsWith('did:')) return keyOrNotAHandle('bluesky', value);
  if (/^[^@\s]+@[^@\s]+$/.test(value))
    return isEmailAddress(value) ? { platform: 'email', handle: value } : { rejected: 'NOT_A_HANDLE' };
  if (/^@?[a-z0-9_.]+$/i.test(value)) return { rejected: 'AMBIGUOUS_HANDLE' };
  return { rejected: 'NOT_A_HANDLE' };
}

export type RowRejection =
  'NOT_A_HANDLE' | 'AMBIGUOUS_HANDLE' | 'FORMULA_CELL' | 'ROW_TOO_LONG' | 'NO_ACCOUNT_IN_ROW';

/** Spreadsheet programs run cells that start like this; such a cell is never a handle. */
export const looksLikeFormula = (value: string) => /^[=+\-\t\r]/.test(value) || /^@[a-z]+\(/i.test(value);

export const isEmailAddress = (value: string) =>
  /^[^@\s]{1,64}@[^@\s]+$/.test(value) && DOMAIN.test(value.split('@')[1].toLowerCase());

function keyFromUrl(url: URL): MatchingKey | { rejected: RowRejection } {
  const host = bareHost(url);
  const byHost: [string[], SocialPlatform][] = [
    [['x.com', 'twitter.com', 'mobile.twitter.com'], 'x'],
    [['linkedin.com'], 'linkedin'],
    [['bsky.app'], 'bluesky'],
    [['instagram.com'], 'instagram'],
    [['facebook.com', 'fb.com', 'm.facebook.com'], 'facebook'],
  ];
  const platform =
    byHost.find(([hosts]) => hosts.includes(host))?.[1] ??
    (/^\/@[^/]+\/?$/.test(url.pathname) ? 'mastodon' : 'website');
  return keyOrNotAHandle(platform, url.toString());
}

function keyOrNotAHandle(platform: SocialPlatform, value: string): MatchingKey | { rejected: RowRejection } {
  const handle = normaliseHandle(platform, value);
  return handle ? { platform, handle } : { rejected: 'NOT_A_HANDLE' };
}

function parseUrl(value: string): URL | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return DOMAIN.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

const bareHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');
const matchLower = (value: string, pattern: RegExp) => {
  const lower = value.replace(/^@/, '').toLowerCase();
  return pattern.test(lower) ? lower : null;
};
const pathSegments = (url: URL) => url.pathname.split('/').filter(Boolean).map(safeDecode);

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function mastodonFromAddress(value: string): string | null {
  const [user, instance, ...rest] = value.replace(/^@/, '').toLowerCase().split('@');
  if (rest.length > 0 || !user || !instance) return null;
  return MASTODON_USER.test(user) && DOMAIN.test(instance) ? `${user}@${instance}` : null;
}

function mastodonFromUrl(url: URL): string | null {
  const [first, ...rest] = pathSegments(url);
  if (!first?.startsWith('@') || rest.length > 0) return null;
  return mastodonFromAddress(`${first}@${url.hostname}`);
}

/** X knows accounts by handle and, in archives, by numeric id: `id:12345`. */
function xFromHandle(value: string): string | null {
  const id = /^id:([0-9]+)$/i.exec(value)?.[1];
  if (id) return NUMERIC_ID.test(id) ? `id:${id}` : null;
  return matchLower(value, X_HANDLE);
}

function xFromUrl(url: URL): string | null {
  if (!['x.com', 'twitter.com', 'mobile.twitter.com'].includes(bareHost(url))) return null;
  const userId = url.searchParams.get('user_id');
  if (url.pathname.replace(/\/$/, '') === '/intent/user' && userId) {
    return NUMERIC_ID.test(userId) ? `id:${userId}` : null;
  }
  const segments = pathSegments(url);
  return segments.length === 1 ? matchLower(segments[0], X_HANDLE) : null;
}

function linkedinSlug(value: string): string | null {
  const slug = value.toLowerCase();
  return LINKEDIN_SLUG.test(slug) ? slug : null;
}

function linkedinFromUrl(url: URL): string | null {
  if (!bareHost(url).endsWith('linkedin.com')) return null;
  const [kind, slug] = pathSegments(url);
  return kind === 'in' && slug ? linkedinSlug(slug) : null;
}

function blueskyHandle(value: string): string | null {
  const handle = value.replace(/^@/, '');
  if (handle.startsWith('did:')) return BLUESKY_DID.test(handle) ? handle : null;
  const lower = handle.toLowerCase();
  return DOMAIN.test(lower) ? lower : null;
}

function blueskyFromUrl(url: URL): string | null {
  if (bareHost(url) !== 'bsky.app') return null;
  const [kind, handle, ...rest] = pathSegments(url);
  return kind === 'profile' && handle && rest.length === 0 ? blueskyHandle(handle) : null;
}

function pathHandle(url: URL, hosts: string[], pattern: RegExp): string | null {
  if (!hosts.includes(bareHost(url))) return null;
  const segments = pathSegments(url);
  return segments.length === 1 ? matchLower(segments[0], pattern) : null;
}

function facebookFromUrl(url: URL): string | null {
  if (!['facebook.com', 'fb.com', 'm.facebook.com'].includes(bareHost(url))) return null;
  const id = url.searchParams.get('id');
  if (url.pathname === '/profile.php' && id) return NUMERIC_ID.test(id) ? `id:${id}` : null;
  return pathHandle(url, ['facebook.com', 'fb.com', 'm.facebook.com'], FACEBOOK_HANDLE);
}

/** A website is its host and path, lower-cased, without scheme, `www.`, query or trailing slash. */
function websiteFromUrl(url: URL | null): string | null {
  if (!url) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return `${bareHost(url)}${path}`.toLowerCase();
}
