// An in-process Bluesky AppView for connected-account tests: public profiles (for the DID proof) and
// app.bsky.graph.getFollows, cursor by cursor.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeBlueskyAppView {
  /** http://127.0.0.1:<port>: BLUESKY_APPVIEW_URL. */
  origin: string;
  addAccount: (account: { handle: string; did: string; description?: string }) => void;
  setFollows: (handle: string, follows: string[]) => void;
  pageSize: number;
  close: () => Promise<void>;
}

export async function startFakeBlueskyAppView(): Promise<FakeBlueskyAppView> {
  const byActor = new Map<string, { handle: string; did: string; description: string; follows: string[] }>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const account = byActor.get(url.searchParams.get('actor') ?? '');
    const json = (status: number, body: unknown) =>
      void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (!account) return json(400, { error: 'InvalidRequest', message: 'Profile not found' });
    if (url.pathname === '/xrpc/app.bsky.actor.getProfile') {
      return json(200, { did: account.did, handle: account.handle, description: account.description });
    }
    if (url.pathname === '/xrpc/app.bsky.graph.getFollows') {
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 50), fake.pageSize);
      const follows = account.follows.slice(start, start + limit);
      return json(200, {
        subject: { did: account.did, handle: account.handle },
        follows: follows.map((handle, index) => ({ did: `did:plc:follow${start + index}`, handle })),
        ...(start + limit < account.follows.length && { cursor: String(start + limit) }),
      });
    }
    json(404, { error: 'MethodNotImplemented' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeBlueskyAppView = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    addAccount: ({ handle, did, description = '' }) => {
      const account = { handle, did, description, follows: [] as string[] };
      byActor.set(handle, account);
      byActor.set(did, account);
    },
    setFollows: (handle, follows) => void (byActor.get(handle)!.follows = [...follows]),
    pageSize: 100,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
