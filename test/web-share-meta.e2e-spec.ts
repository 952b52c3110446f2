import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DESCRIPTION } from '../apps/api/src/web-app/share-meta.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { photo, uploadCover, uploadPhoto } from './support/images.js';
import { makeMeetup, NEXT_YEAR } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

const INDEX_HTML =
  '<!doctype html><html><head><title>Neuland</title><!--neuland:share-meta--></head><body></body></html>';

const weekdayOf = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });

describe('share previews of meetup and profile pages', () => {
  let api: ApiHarness;
  let webRoot: string;
  let organiser: TestMember;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'neuland-web-'));
    await writeFile(join(webRoot, 'index.html'), INDEX_HTML);
    api = await startApi({ APP_URL: 'https://neuland.example' }, { webRoot });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(async () => {
    await api.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  const pageHtml = async (path: string) => (await api.http().get(path).expect(200)).text;

  it('fills title, time, city and address of a public meetup into Open Graph and Twitter tags, escaped', async () => {
    const meetup = await makeMeetup(api, organiser, {
      title: 'Rust "Hamburg" <script>alert(1)</script>',
      startsAt: `${NEXT_YEAR}-12-03T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-12-03T21:00:00+01:00`,
    });
    const cover = (await uploadCover(api, organiser, meetup.id, await photo()).expect(200)).body.cover;
    const html = await pageHtml(`/m/${meetup.id}`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain(
      '<meta property="og:title" content="Rust &quot;Hamburg&quot; &lt;script&gt;alert(1)&lt;/script&gt;" />',
    );
    expect(html).toContain('<meta property="og:type" content="event" />');
    expect(html).toContain(`<meta property="og:url" content="https://neuland.example/m/${meetup.id}" />`);
    // The cover's JPEG, absolute: previewers fetch it from elsewhere, and not all of them read WebP.
    expect(html).toContain(`<meta property="og:image" content="https://neuland.example${cover.jpegUrl}" />`);
    expect(html).toContain(
      `content="${weekdayOf(`${NEXT_YEAR}-12-03`)}, 3 December ${NEXT_YEAR} at 18:30 (Europe/Berlin) · Betahaus, Hamburg"`,
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('gives unlisted, invite-only and draft meetups no tags at all', async () => {
    const hidden = await Promise.all([
      makeMeetup(api, organiser, { title: 'Secret unlisted', visibility: 'unlisted' }),
      makeMeetup(api, organiser, { title: 'Secret invite-only', visibility: 'invite_only' }),
      makeMeetup(api, organiser, { title: 'Secret draft', publish: false }),
    ]);
    for (const meetup of hidden) {
      const html = await pageHtml(`/m/${meetup.id}`);
      expect(html).not.toContain('Secret');
      expect(html).not.toContain('og:');
    }
  });

  it("fills a public profile's name, headline, city and photo into the tags of /p/:handle, escaped", async () => {
    const member = await makeMember(api, {
      displayName: 'Silke "S" Schröder',
      profile: { headline: 'UX & <Research>', homeCity: 'Kiel', profileVisibility: 'everyone' },
    });
    const face = (await uploadPhoto(api, member, await photo()).expect(200)).body.photo;
    const html = await pageHtml(`/p/${member.handle}`);
    expect(html).toContain('<meta property="og:title" content="Silke &quot;S&quot; Schröder" />');
    expect(html).toContain(`<meta property="og:image" content="https://neuland.example${face.jpegUrl}" />`);
    expect(html).toContain('<meta property="og:type" content="profile" />');
    expect(html).toContain('content="UX &amp; &lt;Research&gt; · Kiel"');
    expect(html).toContain(`<meta property="og:url" content="https://neuland.example/p/${member.handle}" />`);
  });

  it('gives members-only and contacts-only profiles no tags at all', async () => {
    for (const profileVisibility of ['members', 'contacts']) {
      const member = await makeMember(api, { profile: { headline: 'Hidden headline', profileVisibility } });
      const html = await pageHtml(`/p/${member.handle}`);
      expect(html).not.toContain('Hidden headline');
      expect(html).not.toContain('og:');
    }
  });

  it('gives an unknown meetup and other pages the plain page', async () => {
    expect(await pageHtml(`/m/${randomUUID()}`)).toBe(
      INDEX_HTML.replace(
        '<!--neuland:share-meta-->',
        `<meta name="description" content="${DEFAULT_DESCRIPTION}" />`,
      ),
    );
    expect(await pageHtml('/login')).not.toContain('og:');
  });
});
