// Picks the check for a platform. LinkedIn, X, Instagram and Facebook offer no public proof: they stay claimed.
import type { SafeFetcher } from '@neuland/safe-fetch';
import { checkBlueskyAccount } from './bluesky-proof.js';
import { checkFediverseAccount } from './fediverse-proof.js';
import { notVerified, type ProofResult } from './proof-result.js';
import type { OriginOverrides } from './remote-origins.js';
import { checkWebsite } from './website-proof.js';

export const VERIFIABLE_PLATFORMS = ['mastodon', 'bluesky', 'website'] as const;

export interface ProofSetup {
  fetcher: SafeFetcher;
  origins: OriginOverrides;
  blueskyAppViewUrl: string;
}

export interface ProofClaim {
  platform: string;
  handle: string;
  code: string;
}

export function runProof(setup: ProofSetup, claim: ProofClaim, profileUrls: string[]): Promise<ProofResult> {
  switch (claim.platform) {
    case 'mastodon':
      return checkFediverseAccount(setup.fetcher, setup.origins, claim.handle, profileUrls);
    case 'website':
      return checkWebsite(setup.fetcher, setup.origins, claim.handle, profileUrls);
    case 'bluesky':
      return checkBlueskyAccount(
        { fetcher: setup.fetcher, origins: setup.origins, appViewUrl: setup.blueskyAppViewUrl },
        claim.handle,
        claim.code,
      );
    default:
      return Promise.resolve(notVerified('NOT_VERIFIABLE'));
  }
}

/** The addresses of a Neuland profile a back-link may point to. */
export const profileUrlsOf = (appUrl: string, profileHandle: string) => [
  `${appUrl}/@${profileHandle}`,
  `${appUrl}/profiles/${profileHandle}`,
];
