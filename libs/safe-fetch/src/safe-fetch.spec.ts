import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type HostResolver, SafeFetcher, type SafeFetchOptions } from './safe-fetch.js';

/** A local stand-in for somebody's website; `hits` counts requests that reached it. */
let server: Server;
let base: string;
let hits: string[] = [];
let seen: Array<{ method?: string; authorization?: string; body: string }> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/echo') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, authorization: request.headers.authorization, body });
        response.end('echoed');
      });
      return;
    }
    if (url.pathname === '/hello') return void response.end(`hello ${request.headers.host}`);
    if (url.pathname === '/to')
      return void response.writeHead(302, { location: url.searchParams.get('url')! }).end();
    if (url.pathname.startsWith('/hop/')) {
      const left = Number(url.pathname.slice(5));
      if (left === 0) return void response.end('arrived');
      return void response.writeHead(301, { location: `/hop/${left - 1}` }).end();
    }
    if (url.pathname === '/big') return void response.end('x'.repeat(5000));
    if (url.pathname === '/big-chunked') {
      response.write('x'.repeat(3000));
      return void setTimeout(() => response.end('x'.repeat(3000)), 10);
    }
    if (url.pathname === '/slow') return; // never answers
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const port = () => (server.address() as AddressInfo).port;

const names: Record<string, string[]> = {
  'website.example': ['127.0.0.1'],
  'intranet.example': ['10.0.0.7'],
  'mixed.example': ['127.0.0.1', '192.168.1.20'],
};
const fakeDns: HostResolver = async (hostname) =>
  (names[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

function fetcher(options: Partial<SafeFetchOptions> = {}): SafeFetcher {
  return new SafeFetcher({
    allowedAddresses: ['127.0.0.1'],
    timeoutMs: 2000,
    maxBytes: 4096,
    resolve: fakeDns,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected the fetch to be refused');
}

describe('SSRF-safe fetching', () => {
  it('fetches from an allow-listed local server by address and by name', async () => {
    await expect(fetcher().get(`${base}/hello`)).resolves.toMatchObject({
      status: 200,
      body: `hello 127.0.0.1:${port()}`,
    });
    const byName = await fetcher().get(`http://website.example:${port()}/hello`);
    expect(byName.body).toBe(`hello website.example:${port()}`);
  });

  it('refuses http://127.0.0.1 when it is not allow-listed, without connecting', async () => {
    hits = [];
    expect(await failure(fetcher({ allowedAddresses: [] }).get(`${base}/hello`))).toBe('FORBIDDEN_ADDRESS');
    expect(hits).toEqual([]);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.2]/',
    'http://[fd00::1]/',
    'http://100.64.1.1/',
    'http://0.0.0.0/',
    'http://2130706434/',
    'https://10.0.0.1/',
  ])('refuses %s', async (url) => {
    expect(await failure(fetcher().get(url))).toBe('FORBIDDEN_ADDRESS');
  });

  it('refuses a name resolving to a private address, and a name with any private address among its answers', async () => {
    expect(await failure(fetcher().get('http://intranet.example/'))).toBe('FORBIDDEN_ADDRESS');
    expect(await failure(fetcher().get(`http://mixed.example:${port()}/hello`))).toBe('FORBIDDEN_ADDRESS');
  });

  it('refuses a redirect to a private address after following the first hop', async () => {
    hits = [];
    const toMetadata = `${base}/to?url=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`;
    expect(await failure(fetcher().get(toMetadata))).toBe('FORBIDDEN_ADDRESS');
    const toIntranet = `${base}/to?url=${encodeURIComponent('http://intranet.example/admin')}`;
    expect(await failure(fetcher().get(toIntranet))).toBe('FORBIDDEN_ADDRESS');
    expect(hits).toHaveLength(2);
  });

  it('refuses a redirect to a file: URL', async () => {
    const toFile = `${base}/to?url=${encodeURIComponent('file:///etc/passwd')}`;
    expect(await failure(fetcher().get(toFile))).toBe('UNSUPPORTED_SCHEME');
  });

  it.each(['file:///etc/passwd', 'gopher://127.0.0.1:6379/_FLUSHALL', 'ftp://example.org/', 'not a url'])(
    'refuses %s before any network access',
    async (url) => {
      expect(['UNSUPPORTED_SCHEME', 'INVALID_URL']).toContain(await failure(fetcher().get(url)));
    },
  );

  it('follows three redirects and refuses the fourth', async () => {
    await expect(fetcher().get(`${base}/hop/3`)).resolves.toMatchObject({
      body: 'arrived',
      url: `${base}/hop/0`,
    });
    expect(await failure(fetcher().get(`${base}/hop/4`))).toBe('TOO_MANY_REDIRECTS');
  });

  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    expect(await failure(fetcher({ timeoutMs: 300 }).get(`${base}/slow`))).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops reading a response larger than the limit, declared or streamed', async () => {
    expect(await failure(fetcher().get(`${base}/big`))).toBe('RESPONSE_TOO_LARGE');
    expect(await failure(fetcher().get(`${base}/big-chunked`))).toBe('RESPONSE_TOO_LARGE');
  });

  it('asks DNS once per hop and connects to the address it checked (no rebinding)', async () => {
    let answers = 0;
    const rebinding: HostResolver = async () => {
      answers += 1;
      return [{ address: answers === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    };
    const response = await fetcher({ resolve: rebinding }).get(`http://rebind.example:${port()}/hello`);
    expect(response.body).toBe(`hello rebind.example:${port()}`);
    expect(answers).toBe(1);
  });

  it('sends a POST with its body and answers its redirect as it came, without following it', async () => {
    seen = [];
    const posted = await fetcher().request(`${base}/echo`, { method: 'POST', body: 'a=1' });
    expect(posted.body).toBe('echoed');
    expect(seen).toEqual([{ method: 'POST', authorization: undefined, body: 'a=1' }]);
    const redirected = await fetcher().request(`${base}/to?url=${encodeURIComponent(`${base}/echo`)}`, {
      method: 'POST',
      body: 'b=2',
    });
    expect(redirected.status).toBe(302);
    expect(seen).toHaveLength(1);
  });

  it('keeps credentials on a redirect within the origin and drops them on one to another origin', async () => {
    seen = [];
    const headers = { authorization: 'Bearer secret-token' };
    await fetcher().request(`${base}/to?url=${encodeURIComponent('/echo')}`, { headers });
    await fetcher().request(`${base}/to?url=${encodeURIComponent(`http://website.example:${port()}/echo`)}`, {
      headers,
    });
    expect(seen.map((request) => request.authorization)).toEqual(['Bearer secret-token', undefined]);
  });
});
