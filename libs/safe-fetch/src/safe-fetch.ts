// Fetches a URL someone else chose (a fediverse actor, a personal website) without letting it reach our own network.
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AllowedRanges, isAllowedAddress, parseAllowedRanges } from './public-address.js';
import { SafeFetchError } from './safe-fetch.error.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** The DNS seam: production asks the system resolver, tests hand in their own answers. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** Addresses or CIDR ranges that may be reached although they are not public (local fakes in tests). */
  allowedAddresses: string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  resolve?: HostResolver;
}

export interface SafeResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface SafeRequestOptions {
  method?: 'GET' | 'POST';
  accept?: string;
  headers?: Record<string, string>;
  body?: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

export class SafeFetcher {
  private readonly allowed: AllowedRanges;
  private readonly resolve: HostResolver;
  private readonly maxRedirects: number;

  constructor(private readonly options: SafeFetchOptions) {
    this.allowed = parseAllowedRanges(options.allowedAddresses);
    this.resolve = options.resolve ?? systemResolver;
    this.maxRedirects = options.maxRedirects ?? 3;
  }

  /** GET with every hop checked: scheme, resolved address, redirect count, one deadline, a size limit. */
  get(target: string, accept = '*/*'): Promise<SafeResponse> {
    return this.request(target, { accept });
  }

  /**
   * A request with the same checks. GETs follow redirects (credentials are dropped when one leaves the origin);
   * a POST's redirect is answered as it came, never re-sent elsewhere.
   */
  async request(target: string, options: SafeRequestOptions = {}): Promise<SafeResponse> {
    const deadline = Date.now() + this.options.timeoutMs;
    let url = parseFetchableUrl(target);
    let headers: Record<string, string> = { accept: options.accept ?? '*/*', ...options.headers };
    for (let redirects = 0; ; redirects += 1) {
      const address = await this.checkedAddress(url);
      const response = await this.requestOnce(url, address, { ...options, headers }, deadline);
      const location = response.headers.location;
      if (options.method === 'POST' || !REDIRECT_STATUSES.has(response.status) || !location) return response;
      if (redirects >= this.maxRedirects) {
        throw new SafeFetchError(
          'TOO_MANY_REDIRECTS',
          `More than ${this.maxRedirects} redirects from ${target}`,
        );
      }
      const next = parseFetchableUrl(location, url);
      if (next.origin !== url.origin) headers = withoutCredentials(headers);
      url = next;
    }
  }

  /** Resolves once; every address must pass, and the connection goes to the address that was checked. */
  private async checkedAddress(url: URL): Promise<ResolvedAddress> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const family = isIP(host);
    const addresses = family ? [{ address: host, family: family as 4 | 6 }] : await this.resolveHost(host);
    const refused = addresses.find(({ address }) => !isAllowedAddress(address, this.allowed));
    if (refused) {
      throw new SafeFetchError(
        'FORBIDDEN_ADDRESS',
        `${url.host} is not a public address (${refused.address})`,
      );
    }
    return addresses[0];
  }

  private async resolveHost(host: string): Promise<ResolvedAddress[]> {
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolve(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new SafeFetchError('UNRESOLVABLE_HOST', `${host} does not resolve`);
    return addresses;
  }

  private requestOnce(
    url: URL,
    address: ResolvedAddress,
    options: SafeRequestOptions & { headers: Record<string, string> },
    deadline: number,
  ): Promise<SafeResponse> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.reject(new SafeFetchError('TIMEOUT', `${url.href} took too long`));
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return new Promise<SafeResponse>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? https : http).request({
        method: options.method ?? 'GET',
        hostname: host,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers: {
          'user-agent': 'Neuland account verification',
          ...options.headers,
          host: url.host,
          ...(options.body !== undefined && { 'content-length': String(Buffer.byteLength(options.body)) }),
        },
        lookup: pinnedLookup(address),
        servername: isIP(host) ? undefined : host,
        agent: false,
      });
      const timer = setTimeout(
        () => request.destroy(new SafeFetchError('TIMEOUT', `${url.href} took too long`)),
        remaining,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error instanceof SafeFetchError ? error : new SafeFetchError('NETWORK_ERROR', error.message));
      };
      request.on('error', fail);
      request.on('response', (response) => {
        readLimited(response, this.options.maxBytes)
          .then((body) => {
            clearTimeout(timer);
            resolve({ url: url.href, status: response.statusCode ?? 0, headers: response.headers, body });
          })
          .catch((error: Error) => {
            request.destroy();
            fail(error);
          });
      });
      request.end(options.body);
    });
  }
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'),
  );
}

export function parseFetchableUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new SafeFetchError('INVALID_URL', `Not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SafeFetchError('UNSUPPORTED_SCHEME', `Only http and https can be fetched, not ${url.protocol}`);
  }
  return url;
}

/** Hands the socket the address we checked, so a second DNS answer (rebinding) never gets a say. */
function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

function readLimited(response: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      reject(new SafeFetchError('RESPONSE_TOO_LARGE', `The response is larger than ${maxBytes} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new SafeFetchError('RESPONSE_TOO_LARGE', `The response is larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}
