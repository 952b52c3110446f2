// The pages people land on from a link (a meetup, a profile, home) come with their content in the first HTML,
// rendered by the server from what the API shows that visitor: no more, in their language.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Metrics } from '../libs/metrics/src/index.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { ensureWebAppBuilt } from './support/browser.js';
import { database, makeMeetup, NEXT_YEAR } from './support/meetups.js';
import { loggedInBrowser, makeMember, type TestMember } from './support/members.js';

const STARTS_AT = new Date(`${NEXT_YEAR}-03-12T17:30:00Z`);
const meetupTimes = {
  startsAt: STARTS_AT.toISOString(),
  endsAt: new Date(STARTS_AT.getTime() + 2.5 * 3600_000).toISOString(),
  timeZone: 'Europe/Berlin',
};
const venueClock = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(
    STARTS_AT,
  );

/** What is inside #root before any script runs. */
const rootOf = (html: string) =>
  /<div id="root"[^>]*>([\s\S]*)<\/div>\s*<script type="application\/json"/.exec(html)?.[1];
/** The page's data as the browser will read it. */
const stateOf = (html: string) =>
  JSON.parse(
    /<script type="application\/json" id="neuland-state">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null',
  );

describe('pages rendered on the server', () => {
  let api: ApiHarness;
  let host: TestMember;

  beforeAll(async () => {
    ensureWebAppBuilt();
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    host = await makeMember(api, { role: 'organiser', displayName: 'Silke Brandt' });
  });
  afterAll(() => api.close());

  const page = (path: string, headers: Record<string, string> = {}) => {
    const request = api.http().get(path);
    for (const [name, value] of Object.entries(headers)) request.set(name, value);
    return request.expect(200).expect('Content-Type', /text\/html/);
  };

  // First in this file: the server render's lazy parts (a member's account menu, the page itself) have not rendered
  // in this process yet. Where a part is still suspended when the render ends, React would leave it to an inline
  // script the CSP blocks, and the browser would show the page twice: such a page goes out as the plain shell.
  it("never sends a member's page with a part left to an inline script", async () => {
    const meetup = await makeMeetup(api, host, { ...meetupTimes, title: 'First render' });
    const html = (await (await loggedInBrowser(api, host)).get(`/m/${meetup.id}`).expect(200)).text;
    expect(html).not.toContain('<!--$?-->');
    expect(html.match(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/g)).toBeNull();
  });

  it('sends the meetup page with its title, time at the venue, place and host', async () => {
    const meetup = await makeMeetup(api, host, { ...meetupTimes, title: 'Karriere-Expertinnen Hamburg' });
    const response = await page(`/m/${meetup.id}`);
    const content = rootOf(response.text);
    expect(content).toMatch(/<h1[^>]*>Karriere-Expertinnen Hamburg<\/h1>/);
    expect(content).toContain(venueClock('en'));
    expect(content).toContain('Europe/Berlin');
    expect(content).toContain('Betahaus');
    expect(content).toContain('Eifflerstraße 43, 22769 Hamburg');
    expect(content).toContain('Silke Brandt');
    expect(
      stateOf(response.text).queries.map((query: { queryKey: unknown }) => query.queryKey),
    ).toContainEqual(['meetup', meetup.id]);
  });

  it("renders a guest's page without asking the API who is logged in, and a member's page after asking", async () => {
    const meetup = await makeMeetup(api, host, { ...meetupTimes, title: 'Asked once' });
    const timesAsked = async () =>
      (await api.app.get(Metrics).requestDuration.get()).values
        .filter((value) => value.metricName?.endsWith('_count') && value.labels.route === '/api/v1/me')
        .reduce((sum, value) => sum + value.value, 0);
    const before = await timesAsked();
    expect(rootOf((await page(`/m/${meetup.id}`)).text)).toContain('Asked once');
    expect(await timesAsked()).toBe(before);

    const html = (await (await loggedInBrowser(api, host)).get(`/m/${meetup.id}`).expect(200)).text;
    expect(rootOf(html)).toContain('Asked once');
    expect(await timesAsked()).toBe(before + 1);
  });

  it('sends the profile page with the name and the bio', async () => {
    const member = await makeMember(api, {
      displayName: 'Ayşe Demir',
      profile: { profileVisibility: 'everyone', bio: 'Talks about hiring in tech.', headline: 'Recruiter' },
    });
    const content = rootOf((await page(`/p/${member.handle}`)).text);
    expect(content).toContain('Ayşe Demir');
    expect(content).toContain('Talks about hiring in tech.');
  });

  it('sends home with its content', async () => {
    const content = rootOf((await page('/')).text);
    expect(content).toContain('<h1');
    expect(content).toContain('href="/signup"');
  });

  it('speaks the language of the profile, then of the chosen cookie, then of Accept-Language', async () => {
    const meetup = await makeMeetup(api, host, meetupTimes);
    const german = await makeMember(api, { profile: { language: 'de' } });
    const path = `/m/${meetup.id}`;
    const browser = await loggedInBrowser(api, german);
    const byProfile = await browser.get(path).set('Accept-Language', 'en').expect(200);
    expect(byProfile.text).toContain('<html lang="de" ');
    expect(rootOf(byProfile.text)).toContain(venueClock('de'));
    expect((await page(path, { Cookie: 'neuland-language=de', 'Accept-Language': 'en' })).text).toContain(
      '<html lang="de" ',
    );
    expect((await page(path, { 'Accept-Language': 'fr-FR, de;q=0.8, en;q=0.5' })).text).toContain(
      '<html lang="de" ',
    );
    expect((await page(path, { 'Accept-Language': 'fr' })).text).toContain('<html lang="en" ');
  });

  it('marks rendered pages as personal: no shared cache keeps them', async () => {
    const response = await page('/');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.headers.vary).toMatch(/Cookie/);
  });

  it('keeps a meetup titled with a closing script tag text, in the page and in its data', async () => {
    const title = '</script><script>alert(1)</script>';
    const meetup = await makeMeetup(api, host, { ...meetupTimes, title });
    const html = (await page(`/m/${meetup.id}`)).text;
    const plain = (await page(`/m/${(await makeMeetup(api, host, meetupTimes)).id}`)).text;
    // Exactly the scripts of a page with a harmless title: the one with the data and the app's own.
    expect(html.match(/<script/g)?.length).toBe(plain.match(/<script/g)?.length);
    expect(html).not.toContain('<script>alert(1)');
    expect(rootOf(html)).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const data = stateOf(html).queries.find(
      (query: { queryKey: string[] }) => query.queryKey[0] === 'meetup',
    );
    expect(data.state.data.title).toBe(title);
  });

  describe('nothing a visitor may not see', () => {
    // The same page for a meetup that is there and one that is not: ids and clocks aside, byte for byte.
    const normalised = (html: string, id: string) => html.replaceAll(id, 'ID').replace(/\d{13}/g, 'TIME');
    const unknownMeetup = async () => {
      const id = randomUUID();
      return normalised((await page(`/m/${id}`)).text, id);
    };

    it('gives an unlisted meetup its content but no link preview', async () => {
      const meetup = await makeMeetup(api, host, {
        ...meetupTimes,
        visibility: 'unlisted',
        title: 'By link only',
      });
      const html = (await page(`/m/${meetup.id}`)).text;
      expect(rootOf(html)).toContain('By link only');
      expect(html).not.toContain('og:title');
    });

    it('renders a draft as an unknown meetup', async () => {
      const draft = await makeMeetup(api, host, { ...meetupTimes, title: 'Secret draft', publish: false });
      const html = (await page(`/m/${draft.id}`)).text;
      expect(html).not.toContain('Secret draft');
      expect(normalised(html, draft.id)).toBe(await unknownMeetup());
    });

    it('renders an invite-only meetup, for someone not invited, as an unknown meetup', async () => {
      const meetup = await makeMeetup(api, host, {
        ...meetupTimes,
        visibility: 'invite_only',
        title: 'Inner circle',
      });
      const stranger = await makeMember(api);
      for (const headers of [{}, { Authorization: stranger.bearer }] as Record<string, string>[]) {
        const html = (await page(`/m/${meetup.id}`, headers)).text;
        expect(html).not.toContain('Inner circle');
        if (!('Authorization' in headers)) expect(normalised(html, meetup.id)).toBe(await unknownMeetup());
      }
    });

    it('renders a meetup hidden by an admin as an unknown meetup', async () => {
      const meetup = await makeMeetup(api, host, { ...meetupTimes, title: 'Reported and hidden' });
      await database(api).query(`UPDATE meetup SET hidden_at = now() WHERE id = $1`, [meetup.id]);
      const html = (await page(`/m/${meetup.id}`)).text;
      expect(html).not.toContain('Reported and hidden');
      expect(normalised(html, meetup.id)).toBe(await unknownMeetup());
    });

    // A guest's page is kept by what it was rendered from, so a change must reach the very next guest.
    it('never sends guests the page of a meetup from before it was hidden, cancelled or edited', async () => {
      const meetup = await makeMeetup(api, host, { ...meetupTimes, title: 'Kept for guests' });
      for (let visit = 0; visit < 2; visit += 1) {
        expect(rootOf((await page(`/m/${meetup.id}`)).text)).toContain('Kept for guests');
      }

      await api
        .http()
        .patch(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', host.bearer)
        .send({ title: 'Renamed for guests' })
        .expect(200);
      const renamed = rootOf((await page(`/m/${meetup.id}`)).text);
      expect(renamed).toContain('Renamed for guests');
      expect(renamed).not.toContain('Kept for guests');

      await api
        .http()
        .post(`/api/v1/meetups/${meetup.id}/cancel`)
        .set('Authorization', host.bearer)
        .send({ message: 'Der Raum ist weg.' })
        .expect(200);
      expect(rootOf((await page(`/m/${meetup.id}`)).text)).toContain('Der Raum ist weg.');

      await database(api).query(`UPDATE meetup SET hidden_at = now() WHERE id = $1`, [meetup.id]);
      const hidden = (await page(`/m/${meetup.id}`)).text;
      expect(hidden).not.toContain('Renamed for guests');
      expect(normalised(hidden, meetup.id)).toBe(await unknownMeetup());
    });

    it('renders a profile hidden from guests as a handle nobody has', async () => {
      const hidden = await makeMember(api, {
        displayName: 'Hidden Person',
        profile: { profileVisibility: 'members', bio: 'Not for guests.' },
      });
      const html = (await page(`/p/${hidden.handle}`)).text;
      expect(html).not.toContain('Hidden Person');
      expect(html).not.toContain('Not for guests.');
      const nobody = 'nobody-has-this-handle';
      expect(normalised(html, hidden.handle)).toBe(normalised((await page(`/p/${nobody}`)).text, nobody));
    });
  });
});

describe('a server render that fails', () => {
  let api: ApiHarness;
  let buildRoot: string;
  const INDEX_HTML =
    '<!doctype html><html lang="en"><head><title>Neuland</title></head><body><div id="root"></div></body></html>';

  beforeAll(async () => {
    // A stand-in build whose server render always throws.
    buildRoot = await mkdtemp(join(tmpdir(), 'neuland-build-'));
    await mkdir(join(buildRoot, 'web'));
    await mkdir(join(buildRoot, 'web-server'));
    await writeFile(join(buildRoot, 'web', 'index.html'), INDEX_HTML);
    await writeFile(
      join(buildRoot, 'web-server', 'entry-server.js'),
      'export async function renderPage() { throw new Error("the render broke"); }\n',
    );
    api = await startApi({}, { webRoot: join(buildRoot, 'web') });
  });
  afterAll(async () => {
    await api.close();
    await rm(buildRoot, { recursive: true, force: true });
  });

  it('sends the plain page for the browser to render, never a 500', async () => {
    const response = await api.http().get(`/m/${randomUUID()}`).expect(200);
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});
