// The two cookies of a browser session: the httpOnly session id, and the CSRF token the web app echoes in a header.
import { WEB_SESSION_TTL_SECONDS } from './web-session.store.js';

export const SESSION_COOKIE = 'neuland_session';
export const CSRF_COOKIE = 'neuland_csrf';
export const CSRF_HEADER = 'x-csrf-token';

interface CookieOptions {
  path: string;
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  maxAge?: number;
}

export interface ReplyWithCookies {
  setCookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options: CookieOptions): unknown;
}

const options = (httpOnly: boolean, secure: boolean): CookieOptions => ({
  path: '/',
  httpOnly,
  sameSite: 'lax',
  secure,
});

export function setSessionCookies(
  reply: ReplyWithCookies,
  session: { id: string; csrfToken: string },
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.id, { ...options(true, secure), maxAge: WEB_SESSION_TTL_SECONDS });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, {
    ...options(false, secure),
    maxAge: WEB_SESSION_TTL_SECONDS,
  });
}

export function clearSessionCookies(reply: ReplyWithCookies, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, options(true, secure));
  reply.clearCookie(CSRF_COOKIE, options(false, secure));
}
