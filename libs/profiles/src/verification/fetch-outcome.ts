import { SafeFetchError, type SafeFetcher, type SafeResponse } from '@neuland/safe-fetch';
import { notVerified, type ProofResult } from './proof-result.js';

/** A fetched page, or the proof result that ends the check (missing account, refused address, outage). */
export async function fetchForProof(
  fetcher: SafeFetcher,
  url: string,
  accept: string,
): Promise<SafeResponse | ProofResult> {
  let response: SafeResponse;
  try {
    response = await fetcher.get(url, accept);
  } catch (error) {
    if (
      error instanceof SafeFetchError &&
      ['FORBIDDEN_ADDRESS', 'UNSUPPORTED_SCHEME', 'INVALID_URL'].includes(error.code)
    ) {
      return notVerified('FORBIDDEN_ADDRESS');
    }
    return { outcome: 'unreachable', reason: (error as Error).message };
  }
  if (response.status === 404 || response.status === 410) return notVerified('ACCOUNT_NOT_FOUND');
  if (response.status !== 200)
    return { outcome: 'unreachable', reason: `HTTP ${response.status} from ${url}` };
  return response;
}

export const isProofResult = (value: SafeResponse | ProofResult): value is ProofResult => 'outcome' in value;

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
