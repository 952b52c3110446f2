// Organisers write Markdown; attendees get HTML that cannot carry scripts, styles or raw markup.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ALLOWED = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    // Headings in a description sit below the page's own; links never get the opener.
    h1: 'h3',
    h2: 'h3',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
} satisfies sanitizeHtml.IOptions;

/*
 * Rendering and sanitising cost more than the rest of GET /meetups/:id together, and a popular meetup's page is
 * asked for again and again. The HTML depends on the text alone, so it is kept by text: a changed description is
 * a different key, and nothing about who may see the meetup is kept here.
 */
const MAX_RENDERED = 500;
const rendered = new Map<string, string>();

export function renderDescription(source: string): string {
  const known = rendered.get(source);
  if (known !== undefined) return known;
  const html = sanitizeHtml(markdown.render(source), ALLOWED);
  // Oldest first out: a Map keeps insertion order.
  if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(source, html);
  return html;
}
