// The typed API client: paths and bodies come from schema.d.ts, generated from the API's OpenAPI document.
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

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(sendCsrfToken);
