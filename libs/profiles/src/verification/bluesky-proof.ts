// A Bluesky account is verified when its public profile description carries the code Neuland showed its owner.
// The handle resolves to a DID (https://<handle>/.well-known/atproto-did, else the _atproto DNS TXT record);
// the profile is read from the AppView by DID, so a handle pointing at someone else's DID proves nothing.
import { resolveTxt } from 'node:dns/promises';
import type { SafeFetcher } from '@neuland/safe-fetch';
import { fetchForProof, isProofResult, parseJson } from './fetch-outcome.js';
import { notVerified, type ProofResult, verified } from './proof-result.js';
import { originFor, type OriginOverrides } from './remote-origins.js';

const DID = /^did:(plc|web):[a-zA-Z0-9._:%-]{3,200}$/;

/** The DNS TXT seam: tests answer for names that exist nowhere. */
export type TxtResolver = (name: string) => Promise<string[][]>;

export interface BlueskyProofSetup {
  fetcher: SafeFetcher;
  origins: OriginOverrides;
  appViewUrl: string;
  resolveTxt?: TxtResolver;
}

export async function checkBlueskyAccount(
  setup: BlueskyProofSetup,
  handle: string,
  code: string,
): Promise<ProofResult> {
  const did = DID.test(handle) ? handle : await resolveDid(setup, handle);
  if (!did) return notVerified('ACCOUNT_NOT_FOUND');
  const profileUrl = `${setup.appViewUrl.replace(/\/$/, '')}/xrpc/app.bsky.actor.getProfile?actor=${encodeURIComponent(did)}`;
  const response = await fetchForProof(setup.fetcher, profileUrl, 'application/json');
  if (isProofResult(response)) return response;
  const profile = parseJson(response.body) as { did?: string; description?: string } | undefined;
  if (profile?.did !== did) return notVerified('ACCOUNT_NOT_FOUND');
  return (profile.description ?? '').includes(code) ? verified() : notVerified('CODE_MISSING');
}

async function resolveDid(setup: BlueskyProofSetup, handle: string): Promise<string | null> {
  const response = await fetchForProof(
    setup.fetcher,
    `${originFor(handle, setup.origins)}/.well-known/atproto-did`,
    'text/plain',
  );
  if (!isProofResult(response)) {
    const did = response.body.trim();
    if (DID.test(did)) return did;
  }
  try {
    const records = await (setup.resolveTxt ?? resolveTxt)(`_atproto.${handle}`);
    const did = records.map((chunks) => chunks.join('')).find((record) => record.startsWith('did='));
    return did && DID.test(did.slice(4)) ? did.slice(4) : null;
  } catch {
    return null;
  }
}
