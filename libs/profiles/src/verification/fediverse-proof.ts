// A fediverse account (user@instance) is verified when its profile links to the Neuland profile with rel="me":
// WebFinger finds the actor, whose profile fields (or, failing those, its HTML page) must carry the link.
import type { SafeFetcher } from '@neuland/safe-fetch';
import { fetchForProof, isProofResult, parseJson } from './fetch-outcome.js';
import { notVerified, type ProofResult, verified } from './proof-result.js';
import { linksBackTo } from './rel-me-links.js';
import { originFor, type OriginOverrides } from './remote-origins.js';

const ACTIVITY_JSON =
  'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"';

interface WebFingerLink {
  rel?: string;
  type?: string;
  href?: string;
}

interface Actor {
  url?: unknown;
  attachment?: Array<{ type?: string; value?: unknown }>;
}

export async function checkFediverseAccount(
  fetcher: SafeFetcher,
  origins: OriginOverrides,
  handle: string,
  profileUrls: string[],
): Promise<ProofResult> {
  const [user, instance] = handle.split('@');
  if (!user || !instance) return notVerified('ACCOUNT_NOT_FOUND');
  const webFingerUrl = `${originFor(instance, origins)}/.well-known/webfinger?resource=${encodeURIComponent(`acct:${user}@${instance}`)}`;
  const webFinger = await fetchForProof(fetcher, webFingerUrl, 'application/jrd+json, application/json');
  if (isProofResult(webFinger)) return webFinger;

  const links = (parseJson(webFinger.body) as { links?: WebFingerLink[] } | undefined)?.links ?? [];
  const self = links.find((link) => link.rel === 'self' && /activity\+json|ld\+json/.test(link.type ?? ''));
  if (!self?.href) return notVerified('ACCOUNT_NOT_FOUND');

  const actorResponse = await fetchForProof(fetcher, self.href, ACTIVITY_JSON);
  if (isProofResult(actorResponse)) return actorResponse;
  const actor = (parseJson(actorResponse.body) ?? {}) as Actor;
  const fieldsHtml = (Array.isArray(actor.attachment) ? actor.attachment : [])
    .map((field) => (typeof field?.value === 'string' ? field.value : ''))
    .join('\n');
  if (linksBackTo(fieldsHtml, profileUrls)) return verified();

  if (typeof actor.url !== 'string') return notVerified('NO_BACKLINK');
  const page = await fetchForProof(fetcher, actor.url, 'text/html');
  if (isProofResult(page)) return page;
  return linksBackTo(page.body, profileUrls) ? verified() : notVerified('NO_BACKLINK');
}
