// Reads a list of follows page by page from a server someone else runs: every page through the SSRF-safe fetcher,
// 5xx and timeouts retried with back-off, 429 and the rate-limit headers honoured, and any failure a reason.
import { SafeFetchError, type SafeFetcher, type SafeResponse } from '@neuland/safe-fetch';
import { ConnectionFailure } from './connection-failure.js';

export interface PageReading {
  fetcher: SafeFetcher;
  /** The first wait after a 5xx or a timeout; it doubles with each try. */
  retryBaseMs: number;
  headers?: Record<string, string>;
  /** How long a read may wait for the server within one job; beyond, it resumes later. */
  maxWaitMs?: number;
  /** Tries per page before a 5xx or a timeout ends the read. */
  tries?: number;
}

export interface Page {
  /** The followed accounts as written on the page (Mastodon `acct`, Bluesky handle). */
  accounts: string[];
  next: string | null;
}

const REFUSED_FETCHES = ['FORBIDDEN_ADDRESS', 'UNSUPPORTED_SCHEME', 'INVALID_URL', 'TOO_MANY_REDIRECTS'];
const DEFAULT_MAX_WAIT_MS = 60_000;
const MAX_PAGES = 2_000;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every page from `first` on; `parse` reads one page (null when it is not the list it should be). */
export async function readAllPages(
  reading: PageReading,
  first: string,
  parse: (response: SafeResponse) => Page | null,
  maxAccounts: number,
): Promise<{ accounts: string[]; pages: number }> {
  const accounts: string[] = [];
  const seen = new Set<string>();
  let url: string | null = first;
  let pages = 0;
  while (url) {
    if (seen.has(url) || pages >= MAX_PAGES) throw new ConnectionFailure('MALFORMED_ANSWER');
    seen.add(url);
    const response = await fetchPage(reading, url);
    const page = parse(response);
    if (!page) throw new ConnectionFailure('MALFORMED_ANSWER');
    accounts.push(...page.accounts);
    if (accounts.length > maxAccounts) throw new ConnectionFailure('TOO_MANY_FOLLOWS');
    pages += 1;
    url = page.next;
    if (url) await waitForRateLimit(reading, response);
  }
  return { accounts, pages };
}

async function fetchPage(reading: PageReading, url: string): Promise<SafeResponse> {
  const tries = reading.tries ?? 4;
  const maxWaitMs = reading.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  for (let attempt = 1; ; attempt += 1) {
    const backOff = reading.retryBaseMs * 2 ** (attempt - 1);
    let response: SafeResponse;
    try {
      response = await reading.fetcher.request(url, { accept: 'application/json', headers: reading.headers });
    } catch (error) {
      if (!(error instanceof SafeFetchError)) throw error;
      if (REFUSED_FETCHES.includes(error.code)) throw new ConnectionFailure('FORBIDDEN_ADDRESS');
      if (error.code === 'RESPONSE_TOO_LARGE') throw new ConnectionFailure('MALFORMED_ANSWER');
      if (attempt >= tries) throw new ConnectionFailure('SERVER_UNREACHABLE');
      await pause(backOff);
      continue;
    }
    if (response.status === 200) return response;
    if (response.status === 401) throw new ConnectionFailure('ACCESS_WITHDRAWN');
    if (response.status === 404 || response.status === 410) throw new ConnectionFailure('ACCOUNT_NOT_FOUND');
    if (response.status === 429) {
      const waitMs = retryAfterMs(response) ?? backOff;
      if (waitMs > maxWaitMs || attempt >= tries) {
        throw new ConnectionFailure('WAITING_FOR_SERVER', new Date(Date.now() + waitMs));
      }
      await pause(waitMs);
      continue;
    }
    if (response.status >= 500 && attempt < tries) {
      await pause(backOff);
      continue;
    }
    throw new ConnectionFailure('SERVER_ERROR');
  }
}

/** Mastodon's X-RateLimit-Remaining / X-RateLimit-Reset: with nothing left, wait for the reset before asking on. */
async function waitForRateLimit(reading: PageReading, response: SafeResponse): Promise<void> {
  const remaining = Number(response.headers['x-ratelimit-remaining']);
  const reset = Date.parse(String(response.headers['x-ratelimit-reset'] ?? ''));
  if (!Number.isFinite(remaining) || remaining > 0 || Number.isNaN(reset)) return;
  const waitMs = reset - Date.now();
  if (waitMs <= 0) return;
  if (waitMs > (reading.maxWaitMs ?? DEFAULT_MAX_WAIT_MS)) {
    throw new ConnectionFailure('WAITING_FOR_SERVER', new Date(reset));
  }
  await pause(waitMs);
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(response: SafeResponse): number | undefined {
  const value = response.headers['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
