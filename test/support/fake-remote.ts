// An in-process stand-in for a server elsewhere (a Mastodon instance, a website, Bluesky): answers what a test serves.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRemote {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Serves `body` at `path` (query included, not percent-encoded). */
  serve: (path: string, body: string, contentType?: string, status?: number) => void;
  remove: (path: string) => void;
  /** Paths requested so far. */
  requests: string[];
  close: () => Promise<void>;
}

export async function startFakeRemote(): Promise<FakeRemote> {
  const routes = new Map<string, { body: string; contentType: string; status: number }>();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(request.url ?? '/');
    requests.push(path);
    const route = routes.get(path);
    if (!route) return void response.writeHead(404).end();
    response.writeHead(route.status, { 'content-type': route.contentType }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve: (path, body, contentType = 'text/html', status = 200) =>
      routes.set(path, { body, contentType, status }),
    remove: (path) => routes.delete(path),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a Mastodon-style account: WebFinger, actor JSON with profile fields, and the HTML profile page. */
export function serveFediverseAccount(
  instance: FakeRemote,
  address: { user: string; host: string },
  profile: { fieldLinks?: string[]; pageLinks?: string[] },
): void {
  const actorUrl = `${instance.origin}/users/${address.user}`;
  const pageUrl = `${instance.origin}/@${address.user}`;
  const relMe = (href: string) => `<a href="${href}" rel="nofollow noopener me" target="_blank">${href}</a>`;
  instance.serve(
    `/.well-known/webfinger?resource=acct:${address.user}@${address.host}`,
    JSON.stringify({
      subject: `acct:${address.user}@${address.host}`,
      links: [
        { rel: 'http://webfinger.net/rel/profile-page', type: 'text/html', href: pageUrl },
        { rel: 'self', type: 'application/activity+json', href: actorUrl },
      ],
    }),
    'application/jrd+json',
  );
  instance.serve(
    `/users/${address.user}`,
    JSON.stringify({
      '@context': ['https://www.w3.org/ns/activitystreams'],
      type: 'Person',
      preferredUsername: address.user,
      url: pageUrl,
      attachment: (profile.fieldLinks ?? []).map((href) => ({
        type: 'PropertyValue',
        name: 'Neuland',
        value: relMe(href),
      })),
    }),
    'application/activity+json',
  );
  instance.serve(
    `/@${address.user}`,
    `<!doctype html><html><head><title>${address.user}</title>${(profile.pageLinks ?? []).map((href) => `<link rel="me" href="${href}">`).join('')}</head><body>Profile</body></html>`,
  );
}
