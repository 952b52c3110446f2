// The OAuth side of a Mastodon-API server (Mastodon, GoToSocial, Akkoma, Pleroma): registering Neuland as an app,
// exchanging an authorisation code (PKCE) for a token, and asking whose token it is.
import { createHash, randomBytes } from 'node:crypto';
import { UnprocessableEntityException } from '@nestjs/common';
import { SafeFetchError, type SafeFetcher, type SafeResponse } from '@neuland/safe-fetch';
import { SocialGraphError } from '../social-graph-errors.js';

/** The narrowest scope that lists follows; servers without granular scopes get `read`. */
export const SCOPES = ['read:follows', 'read'] as const;

export interface RegisteredApp {
  clientId: string;
  clientSecret: string;
  scope: string;
}

export interface MastodonAccount {
  id: string;
  username: string;
}

export const base64url = (bytes: Buffer) => bytes.toString('base64url');
export const newCodeVerifier = () => base64url(randomBytes(32));
export const codeChallengeOf = (verifier: string) =>
  base64url(createHash('sha256').update(verifier).digest());

export async function registerApp(
  fetcher: SafeFetcher,
  server: { host: string; origin: string },
  redirectUri: string,
  appUrl: string,
): Promise<RegisteredApp> {
  for (const scope of SCOPES) {
    const response = await call(fetcher, server.host, `${server.origin}/api/v1/apps`, {
      client_name: 'Neuland',
      redirect_uris: redirectUri,
      scopes: scope,
      website: appUrl,
    });
    // A server that does not know the granular scope refuses the registration: ask for `read` instead.
    if (response.status >= 400 && response.status < 500 && scope !== 'read') continue;
    const app = jsonOf(response) as { client_id?: unknown; client_secret?: unknown } | undefined;
    if (
      response.status !== 200 ||
      typeof app?.client_id !== 'string' ||
      typeof app.client_secret !== 'string'
    ) {
      throw serverUnreachable(server.host);
    }
    return { clientId: app.client_id, clientSecret: app.client_secret, scope };
  }
  throw serverUnreachable(server.host);
}

export async function exchangeCode(
  fetcher: SafeFetcher,
  server: { host: string; origin: string },
  app: RegisteredApp & { redirectUri: string },
  code: string,
  codeVerifier: string,
): Promise<string> {
  const response = await call(fetcher, server.host, `${server.origin}/oauth/token`, {
    grant_type: 'authorization_code',
    code,
    client_id: app.clientId,
    client_secret: app.clientSecret,
    redirect_uri: app.redirectUri,
    code_verifier: codeVerifier,
    scope: app.scope,
  });
  const token = jsonOf(response) as { access_token?: unknown } | undefined;
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    throw new UnprocessableEntityException({
      error: SocialGraphError.CONNECTION_REFUSED_BY_SERVER,
      message: `${server.host} did not accept the authorisation; connect again.`,
    });
  }
  if (response.status !== 200 || typeof token?.access_token !== 'string')
    throw serverUnreachable(server.host);
  return token.access_token;
}

export async function verifyCredentials(
  fetcher: SafeFetcher,
  server: { host: string; origin: string },
  token: string,
): Promise<MastodonAccount> {
  let response: SafeResponse;
  try {
    response = await fetcher.request(`${server.origin}/api/v1/accounts/verify_credentials`, {
      accept: 'application/json',
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    throw serverUnreachable(server.host);
  }
  const account = jsonOf(response) as { id?: unknown; username?: unknown } | undefined;
  if (response.status !== 200 || typeof account?.id !== 'string' || typeof account.username !== 'string') {
    throw serverUnreachable(server.host);
  }
  return { id: account.id, username: account.username };
}

async function call(
  fetcher: SafeFetcher,
  host: string,
  url: string,
  form: Record<string, string>,
): Promise<SafeResponse> {
  try {
    return await fetcher.request(url, {
      method: 'POST',
      accept: 'application/json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  } catch (error) {
    if (error instanceof SafeFetchError) throw serverUnreachable(host);
    throw error;
  }
}

function jsonOf(response: SafeResponse): unknown {
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}

export const serverUnreachable = (host: string) =>
  new UnprocessableEntityException({
    error: SocialGraphError.CONNECTION_SERVER_UNREACHABLE,
    message: `The server ${host} did not answer as a Mastodon server does.`,
  });
