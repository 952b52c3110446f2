// Open Graph and Twitter-card tags for shared links (Mastodon, LinkedIn, Slack fetch the page without a session
// and read only the HTML), filled into index.html by the server. Every value is escaped.

export interface ShareMeta {
  title: string;
  description: string;
  /** The canonical address of the page. */
  url: string;
  type: 'website' | 'profile' | 'event';
  image?: string | null;
}

/**
 * Answers the tags for a page path, or undefined when the page has none or the public may not see it. `page`: what
 * the server render read for the visitor (`{ meetup }`, `{ profile }`), so that the tags need no query of their own.
 */
export type ShareMetaSource = (
  path: string,
  page?: Record<string, unknown>,
) => Promise<ShareMeta | undefined>;

/** Previewers fetch the image from elsewhere: an absolute URL (of a JPEG, which every previewer reads). */
export const absolute = (config: { app: { url: string } }, path: string | undefined) =>
  path ? `${config.app.url}${path}` : null;

export const SHARE_META_MARK = '<!--neuland:share-meta-->';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]);

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

export function renderShareMeta(meta: ShareMeta): string {
  const tags: [string, string, string][] = [
    ['property', 'og:site_name', 'Neuland'],
    ['property', 'og:type', meta.type],
    ['property', 'og:title', clip(meta.title, 120)],
    ['property', 'og:description', clip(meta.description, 300)],
    ['property', 'og:url', meta.url],
    ['name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', clip(meta.title, 70)],
    ['name', 'twitter:description', clip(meta.description, 200)],
    ['name', 'description', clip(meta.description, 300)],
  ];
  if (meta.image) {
    tags.push(['property', 'og:image', meta.image], ['name', 'twitter:image', meta.image]);
  }
  return tags
    .map(([attribute, name, content]) => `<meta ${attribute}="${name}" content="${escapeHtml(content)}" />`)
    .join('\n    ');
}

/** What search engines show for a page that has no tags of its own (home, and any page the public may not see). */
export const DEFAULT_DESCRIPTION =
  'Neuland turns the people you follow online into people you meet: local expert meetups, and before each one, ' +
  'who in the room you already know.';

/** index.html with the page's title and tags, or with the site's description alone. */
export function withShareMeta(indexHtml: string, meta: ShareMeta | undefined): string {
  // Replaced by functions: a `$&` in a title is text, not a replacement pattern.
  if (!meta)
    return indexHtml.replace(
      SHARE_META_MARK,
      () => `<meta name="description" content="${DEFAULT_DESCRIPTION}" />`,
    );
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(clip(meta.title, 120))} · Neuland</title>`)
    .replace(SHARE_META_MARK, () => renderShareMeta(meta));
}
