// Finds `rel="me"` links in HTML: the mark by which a profile elsewhere says "this Neuland profile is me too".
import { Parser } from 'htmlparser2';

/** The hrefs of every <a> and <link> whose rel list contains "me". */
export function relMeTargets(html: string): string[] {
  const targets: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'a' && name !== 'link') return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('me') && attributes.href) targets.push(attributes.href);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return targets;
}

export function linksBackTo(html: string, profileUrls: string[]): boolean {
  const wanted = new Set(profileUrls.map(comparableUrl).filter((url) => url !== null));
  return relMeTargets(html).some((href) => {
    const comparable = comparableUrl(href);
    return comparable !== null && wanted.has(comparable);
  });
}

/** http and https, a trailing slash, case of the host, query and fragment do not make another profile. */
function comparableUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
    return `${url.hostname.toLowerCase()}${port}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}
