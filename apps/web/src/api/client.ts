// The typed API client: paths and bodies come from schema.d.ts, generated from the API's OpenAPI document.
// In the browser it calls the page's own origin; the server render swaps the transport for an in-process one.
import createClient, { type Middleware } from 'openapi-fetch';
import { csrfTokenFromCookies } from './csrf-token';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sendCsrfToken: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return request;
    const token = csrfTokenFromCookies(document.cookie);
    if (token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
};

export type ApiTransport = (request: Request) => Promise<Response>;

let transport: ApiTransport = (request) => fetch(request);

/** The server render answers the page's queries in-process, with the visitor's own cookie. */
export function setApiTransport(serverTransport: ApiTransport): void {
  transport = serverTransport;
}

// The server has no page origin: its requests never leave the process, so any fixed origin does.
const origin = typeof window === 'undefined' ? 'http://neuland.internal' : window.location.origin;

export const api = createClient<paths>({
  baseUrl: origin,
  credentials: 'same-origin',
  fetch: (request) => transport(request),
});
api.use(sendCsrfToken);
