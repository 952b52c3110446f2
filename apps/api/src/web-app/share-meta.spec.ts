import { describe, expect, it } from '@jest/globals';
import { SHARE_META_MARK, withShareMeta } from './share-meta.js';

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

  it('leaves the page without tags when there is nothing to share', () => {
    const html = withShareMeta(INDEX, undefined);
    expect(html).toBe('<html><head><title>Neuland</title></head><body></body></html>');
  });
});
