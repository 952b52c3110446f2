// The profile addresses mails and rel="me" links use lead to the web app's profile page, whose tags stay.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember } from './support/members.js';

const INDEX_HTML =
  '<!doctype html><html><head><title>Neuland</title><!--neuland:share-meta--></head><body></body></html>';

describe('profile addresses', () => {
  let api: ApiHarness;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'neuland-web-'));
    await writeFile(join(webRoot, 'index.html'), INDEX_HTML);
    api = await startApi({ APP_URL: 'https://neuland.example' }, { webRoot });
  });
  afterAll(async () => {
    await api.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('redirects /@handle and /profiles/handle permanently to /p/handle, keeping the query', async () => {
    const member = await makeMember(api, {
      profile: { profileVisibility: 'everyone', headline: 'Rust in Hamburg' },
    });
    const at = await api.http().get(`/@${member.handle}`).expect(301);
    expect(at.headers.location).toBe(`/p/${member.handle}`);
    const profiles = await api.http().get(`/profiles/${member.handle}?ref=mail`).expect(301);
    expect(profiles.headers.location).toBe(`/p/${member.handle}?ref=mail`);
  });

  it('keeps the Open Graph tags on the canonical /p/ address', async () => {
    const member = await makeMember(api, {
      profile: { profileVisibility: 'everyone', headline: 'Rust in Hamburg' },
    });
    const html = (await api.http().get(`/p/${member.handle}`).expect(200)).text;
    expect(html).toContain(`<meta property="og:url" content="https://neuland.example/p/${member.handle}" />`);
    expect(html).toContain('<meta property="og:type" content="profile" />');
  });

  it('leaves the API and other addresses alone', async () => {
    await api.http().get('/api/v1/profiles/@nobody').expect(404);
    await api.http().get('/@').expect(200);
    await api.http().get('/profiles/a/b').expect(200);
  });
});
