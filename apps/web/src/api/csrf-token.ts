/** The session's CSRF token sits in a readable cookie; the API wants it back in a header on every change. */
export function csrfTokenFromCookies(cookies: string): string | undefined {
  const entry = cookies.split('; ').find((cookie) => cookie.startsWith('neuland_csrf='));
  return entry ? decodeURIComponent(entry.slice('neuland_csrf='.length)) : undefined;
}
