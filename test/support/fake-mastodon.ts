// An in-process Mastodon-API server for connected-account tests: app registration, OAuth with PKCE, verify_credentials,
// paged `following` with Link headers, and every misbehaviour a real server shows now and then.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Misbehaviour =
  /** Answers as it should: to let the first pages through before a later one misbehaves. */
  | { kind: 'none' }
  | { kind: 'too-many-requests'; retryAfterSeconds: number }
  | { kind: 'server-error' }
  | { kind: 'slow' }
  | { kind: 'malformed' }
  | { kind: 'redirect'; to: string }
  /** Answers, but its Link header sends the reader to another server. */
  | { kind: 'foreign-link' }
  /** Answers, but says the rate limit is used up until `resetInMs` from now. */
  | { kind: 'rate-limit-used-up'; resetInMs: number };

export interface FakeMastodon {
  /** The server's public name (`mastodon.example`); reach it through VERIFICATION_ORIGIN_OVERRIDES. */
  host: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Whose account the next authorisation approves (as if they had signed in on the server). */
  signIn: (username: string) => void;
  setFollows: (username: string, accts: string[]) => void;
  follow: (username: string, acct: string) => void;
  unfollow: (username: string, acct: string) => void;
  /** The member withdraws Neuland's access on the server: every token of theirs answers 401 from now on. */
  revoke: (username: string) => void;
  /** The next `times` requests for a page of follows misbehave so. */
  misbehave: (misbehaviour: Misbehaviour, times?: number) => void;
  /** A token for `username` without the OAuth round trip (benchmarks), and the account's id on the server. */
  issueToken: (username: string) => { token: string; accountId: string };
  /** Servers without granular scopes (older Pleroma, say) refuse `read:follows`. */
  granularScopes: boolean;
  pageSize: number;
  registrations: Array<{ scopes: string }>;
  /** Tokens handed out, to look for in the database. */
  issuedTokens: string[];
  /** Paths of the follows pages asked for. */
  pageRequests: string[];
  close: () => Promise<void>;
}

interface Account {
  id: string;
  username: string;
  follows: string[];
}

export async function startFakeMastodon(host = 'mastodon.example'): Promise<FakeMastodon> {
  const accounts = new Map<string, Account>();
  const apps = new Map<string, { secret: string; redirectUri: string }>();
  const codes = new Map<
    string,
    { username: string; clientId: string; redirectUri: string; challenge: string }
  >();
  const tokens = new Map<string, string>();
  const misbehaviours: Misbehaviour[] = [];
  let signedIn: string | undefined;

  const accountOf = (username: string): Account => {
    let account = accounts.get(username);
    if (!account) {
      account = { id: String(100_000 + accounts.size), username, follows: [] };
      accounts.set(username, account);
    }
    return account;
  };

  const json = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    void response
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(body));

  const bearerAccount = (request: IncomingMessage): Account | undefined => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const username = token ? tokens.get(token) : undefined;
    return username ? accountOf(username) : undefined;
  };

  function following(request: IncomingMessage, response: ServerResponse, url: URL, accountId: string): void {
    fake.pageRequests.push(`${url.pathname}${url.search}`);
    const misbehaviour = misbehaviours.shift();
    if (misbehaviour?.kind === 'slow') return; // never answers: the reader's timeout decides
    if (misbehaviour?.kind === 'server-error') return json(response, 503, { error: 'Service Unavailable' });
    if (misbehaviour?.kind === 'too-many-requests') {
      return json(
        response,
        429,
        { error: 'Too many requests' },
        { 'retry-after': String(misbehaviour.retryAfterSeconds) },
      );
    }
    if (misbehaviour?.kind === 'redirect')
      return void response.writeHead(302, { location: misbehaviour.to }).end();
    if (misbehaviour?.kind === 'malformed')
      return void response.writeHead(200).end('<html>Maintenance</html>');
    const account = bearerAccount(request);
    if (!account) return json(response, 401, { error: 'The access token is invalid' });
    if (account.id !== accountId) return json(response, 404, { error: 'Record not found' });
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 40), fake.pageSize);
    const start = Number(url.searchParams.get('max_id') ?? 0);
    const page = account.follows.slice(start, start + limit);
    const headers: Record<string, string> = {};
    if (start + limit < account.follows.length) {
      headers.link = `<https://${host}/api/v1/accounts/${accountId}/following?limit=${limit}&max_id=${start + limit}>; rel="next", <https://${host}/api/v1/accounts/${accountId}/following?limit=${limit}&since_id=${start}>; rel="prev"`;
    }
    if (misbehaviour?.kind === 'foreign-link') {
      headers.link = `<http://169.254.169.254/latest/meta-data/?max_id=${start + limit}>; rel="next"`;
    }
    if (misbehaviour?.kind === 'rate-limit-used-up') {
      headers['x-ratelimit-limit'] = '300';
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = new Date(Date.now() + misbehaviour.resetInMs).toISOString();
    }
    json(
      response,
      200,
      page.map((acct, index) => ({
        id: String(start + index + 1),
        username: acct.split('@')[0],
        acct,
        display_name: `Name of ${acct}`,
        note: '<p>Bio that Neuland must not keep</p>',
        url: `https://${acct.includes('@') ? acct.split('@')[1] : host}/@${acct.split('@')[0]}`,
      })),
      headers,
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const form = new URLSearchParams(await bodyOf(request));
    if (request.method === 'POST' && url.pathname === '/api/v1/apps') {
      if (!fake.granularScopes && form.get('scopes') !== 'read') {
        return json(response, 422, { error: 'Validation failed: Scopes are invalid' });
      }
      fake.registrations.push({ scopes: form.get('scopes') ?? '' });
      const clientId = randomBytes(8).toString('hex');
      const secret = randomBytes(16).toString('hex');
      apps.set(clientId, { secret, redirectUri: form.get('redirect_uris') ?? '' });
      return json(response, 200, {
        client_id: clientId,
        client_secret: secret,
        name: form.get('client_name'),
      });
    }
    if (request.method === 'GET' && url.pathname === '/oauth/authorize') {
      const clientId = url.searchParams.get('client_id') ?? '';
      const redirectUri = url.searchParams.get('redirect_uri') ?? '';
      const app = apps.get(clientId);
      if (
        !app ||
        app.redirectUri !== redirectUri ||
        url.searchParams.get('code_challenge_method') !== 'S256'
      ) {
        return void response.writeHead(400).end('Bad authorisation request');
      }
      if (!signedIn) return void response.writeHead(403).end('Nobody is signed in');
      const code = randomBytes(12).toString('hex');
      codes.set(code, {
        username: signedIn,
        clientId,
        redirectUri,
        challenge: url.searchParams.get('code_challenge') ?? '',
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      return void response.writeHead(302, { location: back.href }).end();
    }
    if (request.method === 'POST' && url.pathname === '/oauth/token') {
      const grant = codes.get(form.get('code') ?? '');
      const app = apps.get(form.get('client_id') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        !grant ||
        !app ||
        app.secret !== form.get('client_secret') ||
        grant.clientId !== form.get('client_id') ||
        grant.redirectUri !== form.get('redirect_uri') ||
        grant.challenge !== challenge
      ) {
        return json(response, 400, { error: 'invalid_grant' });
      }
      codes.delete(form.get('code')!);
      const token = `fake-token-${randomBytes(24).toString('hex')}`;
      tokens.set(token, grant.username);
      fake.issuedTokens.push(token);
      return json(response, 200, { access_token: token, token_type: 'Bearer', scope: form.get('scope') });
    }
    if (request.method === 'GET' && url.pathname === '/api/v1/accounts/verify_credentials') {
      const account = bearerAccount(request);
      if (!account) return json(response, 401, { error: 'The access token is invalid' });
      return json(response, 200, { id: account.id, username: account.username, acct: account.username });
    }
    const followingPath = /^\/api\/v1\/accounts\/([^/]+)\/following$/.exec(url.pathname);
    if (request.method === 'GET' && followingPath) return following(request, response, url, followingPath[1]);
    response.writeHead(404).end();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeMastodon = {
    host,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    signIn: (username) => {
      accountOf(username);
      signedIn = username;
    },
    setFollows: (username, accts) => void (accountOf(username).follows = [...accts]),
    follow: (username, acct) => void accountOf(username).follows.push(acct),
    unfollow: (username, acct) => {
      const account = accountOf(username);
      account.follows = account.follows.filter((followed) => followed !== acct);
    },
    revoke: (username) => {
      for (const [token, owner] of tokens) if (owner === username) tokens.delete(token);
    },
    misbehave: (misbehaviour, times = 1) => {
      for (let i = 0; i < times; i += 1) misbehaviours.push(misbehaviour);
    },
    issueToken: (username) => {
      const token = `fake-token-${randomBytes(24).toString('hex')}`;
      tokens.set(token, username);
      return { token, accountId: accountOf(username).id };
    },
    granularScopes: true,
    pageSize: 80,
    registrations: [],
    issuedTokens: [],
    pageRequests: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
