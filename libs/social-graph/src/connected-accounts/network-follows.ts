// Where each network lists whom an account follows, and how one page of that list reads.
import type { SafeResponse } from '@neuland/safe-fetch';
import { type Page, parseJson } from './follows-pages.js';

const MASTODON_PAGE_SIZE = 80;
const BLUESKY_PAGE_SIZE = 100;

export interface MastodonServer {
  host: string;
  origin: string;
}

export const firstMastodonPage = (server: MastodonServer, accountId: string) =>
  `${server.origin}/api/v1/accounts/${encodeURIComponent(accountId)}/following?limit=${MASTODON_PAGE_SIZE}`;

/** A page of `GET /api/v1/accounts/:id/following`; the next one is the Link header's rel="next" (max_id). */
export function mastodonPage(server: MastodonServer, response: SafeResponse): Page | null {
  const accounts = parseJson(response.body);
  if (!Array.isArray(accounts)) return null;
  const addresses: string[] = [];
  for (const account of accounts) {
    const acct = (account as { acct?: unknown } | null)?.acct;
    if (typeof acct !== 'string') return null;
    // Accounts on the member's own server are written without their domain.
    addresses.push(acct.includes('@') ? acct : `${acct}@${server.host}`);
  }
  const next = nextLink(response.headers.link);
  if (next === undefined) return null;
  if (next === null) return { accounts: addresses, next: null };
  const onIt = onServer(server, next);
  return onIt ? { accounts: addresses, next: onIt } : null;
}

export const firstBlueskyPage = (appViewUrl: string, actor: string) =>
  `${appViewUrl}/xrpc/app.bsky.graph.getFollows?actor=${encodeURIComponent(actor)}&limit=${BLUESKY_PAGE_SIZE}`;

/** A page of `app.bsky.graph.getFollows`; the next one is asked for with its cursor. */
export function blueskyPage(firstUrl: string, response: SafeResponse): Page | null {
  const page = parseJson(response.body) as { follows?: unknown; cursor?: unknown } | undefined;
  if (!page || !Array.isArray(page.follows)) return null;
  const handles: string[] = [];
  for (const follow of page.follows) {
    const handle = (follow as { handle?: unknown } | null)?.handle;
    if (typeof handle !== 'string') return null;
    handles.push(handle);
  }
  const cursor = typeof page.cursor === 'string' && page.cursor !== '' ? page.cursor : null;
  // An empty page with a cursor would never end.
  return {
    accounts: handles,
    next: cursor && handles.length > 0 ? `${firstUrl}&cursor=${encodeURIComponent(cursor)}` : null,
  };
}

/** The rel="next" address of a Link header; null without one, undefined when the header cannot be read. */
function nextLink(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return null;
  for (const part of String(header).split(',')) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match) return undefined;
    if (/\brel="?next"?/.test(match[2])) return match[1];
  }
  return null;
}

/**
 * The next page must be on the same server: a Link to another host would let the server send our reader anywhere.
 * Links name the server by its public host; it is reached at its configured origin (local fakes in tests).
 */
function onServer(server: MastodonServer, link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const sameServer = url.host === server.host || url.origin === server.origin;
  return sameServer ? `${server.origin}${url.pathname}${url.search}` : null;
}
