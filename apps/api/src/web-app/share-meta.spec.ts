import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DESCRIPTION, SHARE_META_MARK, withShareMeta } from './share-meta.js';

const INDEX = `<html><head><title>Neuland</title>${SHARE_META_MARK}</head><body></body></html>`;

describe('withShareMeta', () => {
  it('fills Open Graph and Twitter tags and the title', () => {
    const html = withShareMeta(INDEX, {
      title: 'Rust Hamburg',
      description: 'Thu 3 Dec, 18:30 · Hamburg',
      url: 'https://neuland.example/m/1',
      type: 'event',
      image: 'https://neuland.example/cover.png',
    });
    expect(html).toContain('<title>Rust Hamburg · Neuland</title>');
    expect(html).toContain('<meta property="og:title" content="Rust Hamburg" />');
    expect(html).toContain('<meta property="og:url" content="https://neuland.example/m/1" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<meta property="og:image" content="https://neuland.example/cover.png" />');
    expect(html).not.toContain(SHARE_META_MARK);
  });

  it('escapes what organisers typed, so a title cannot break out of the tag', () => {
    const html = withShareMeta(INDEX, {
      title: '"><script>alert(1)</script>',
      description: "Tom's <b>meetup</b> & more",
      url: 'https://neuland.example/m/1',
      type: 'event',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('content="Tom&#39;s &lt;b&gt;meetup&lt;/b&gt; &amp; more"');
    expect(html).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Neuland</title>');
  });

  it("gives a page with nothing to share the site's description alone", () => {
    const html = withShareMeta(INDEX, undefined);
    expect(html).toBe(
      `<html><head><title>Neuland</title><meta name="description" content="${DEFAULT_DESCRIPTION}" /></head><body></body></html>`,
    );
  });

  it('keeps a dollar sign in a title as typed', () => {
    const html = withShareMeta(INDEX, {
      title: "Pay $& and $' later",
      description: 'costs $1',
      url: 'https://neuland.example/m/1',
      type: 'event',
    });
    expect(html).toContain('<title>Pay $&amp; and $&#39; later · Neuland</title>');
    expect(html).toContain('<meta property="og:description" content="costs $1" />');
  });
});
