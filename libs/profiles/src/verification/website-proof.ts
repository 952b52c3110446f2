// A website (host/path, as profiles store it) is verified when the page links to the Neuland profile with rel="me".
import type { SafeFetcher } from '@neuland/safe-fetch';
import { fetchForProof, isProofResult } from './fetch-outcome.js';
import { notVerified, type ProofResult, verified } from './proof-result.js';
import { linksBackTo } from './rel-me-links.js';
import { originFor, type OriginOverrides } from './remote-origins.js';

export async function checkWebsite(
  fetcher: SafeFetcher,
  origins: OriginOverrides,
  handle: string,
  profileUrls: string[],
): Promise<ProofResult> {
  const slash = handle.indexOf('/');
  const host = slash === -1 ? handle : handle.slice(0, slash);
  const path = slash === -1 ? '/' : handle.slice(slash);
  const page = await fetchForProof(fetcher, `${originFor(host, origins)}${path}`, 'text/html');
  if (isProofResult(page)) return page;
  return linksBackTo(page.body, profileUrls) ? verified() : notVerified('NO_BACKLINK');
}
