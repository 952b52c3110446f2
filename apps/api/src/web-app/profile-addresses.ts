// Mails and rel="me" back-links name a profile as /@handle or /profiles/handle; the web app's page is /p/handle.
// Redirecting on the server gives people one address to bookmark and link previews the tags of /p/handle.

const OTHER_PROFILE_ADDRESS = /^\/(?:@|profiles\/)([A-Za-z0-9-]{1,40})\/?$/;

/** The canonical /p/ address (with the query kept) for another spelling of a profile's address, else undefined. */
export function canonicalProfileAddress(url: string): string | undefined {
  const [path, ...query] = url.split('?');
  const handle = OTHER_PROFILE_ADDRESS.exec(path)?.[1];
  if (!handle) return undefined;
  return query.length > 0 ? `/p/${handle}?${query.join('?')}` : `/p/${handle}`;
}
