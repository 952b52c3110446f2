// The server-rendered pages in Chromium: readable without JavaScript, and taken over by React without a
// hydration mismatch (React would then throw the server's HTML away and say so on the console).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  VIEWPORTS,
} from './support/browser.js';
import { makeMeetup, NEXT_YEAR } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { uploadCover, photo } from './support/images.js';

const STARTS_AT = new Date(`${NEXT_YEAR}-03-12T17:30:00Z`);
const meetupTimes = {
  startsAt: STARTS_AT.toISOString(),
  endsAt: new Date(STARTS_AT.getTime() + 2.5 * 3600_000).toISOString(),
  timeZone: 'Europe/Berlin',
};

// A guest asking for a profile's follower lists is refused with 403, which the page shows as "not shared".
const EXPECTED_REFUSAL = 'Failed to load resource: the server responded with a status of 403 (Forbidden)';

// The guest home lists every upcoming meetup in the run's database, some made by other test files' APIs, whose
// pictures live in those APIs' media folders: their 404s say nothing about this page.
const MISSING_FILE = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

/** Every console error or warning and every uncaught error of the page, from its first byte on. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  let missingPictures = 0;
  page.on('response', (response) => {
    if (response.status() === 404 && new URL(response.url()).pathname.startsWith('/api/v1/media/'))
      missingPictures += 1;
  });
  page.on('console', (message) => {
    if (message.text() === EXPECTED_REFUSAL) return;
    if (message.text() === MISSING_FILE && missingPictures > 0) {
      missingPictures -= 1;
      return;
    }
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

// Counts the server's headings that leave the page: a hydration mismatch makes React replace them.
const WATCH_SERVER_HEADINGS = `
  window.__replacedHeadings = 0;
  new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.removedNodes)
        if (node.nodeType === 1 && (node.matches('h1') || node.querySelector('h1'))) window.__replacedHeadings += 1;
  }).observe(document, { childList: true, subtree: true });
`;

describe('server-rendered pages in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let host: TestMember;
  let meetupId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
    host = await makeMember(api, {
      role: 'organiser',
      displayName: 'Silke Brandt',
      profile: { profileVisibility: 'everyone', bio: 'Organises the Hamburg HR meetups.' },
    });
    const meetup = await makeMeetup(api, host, { ...meetupTimes, title: 'Karriere-Expertinnen Hamburg' });
    meetupId = meetup.id;
    await uploadCover(api, host, meetupId, await photo('#2a6f97', 1600, 800)).expect(200);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the meetup page to a browser without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${api.url}/m/${meetupId}`);
    await page.getByRole('heading', { level: 1, name: 'Karriere-Expertinnen Hamburg' }).waitFor();
    await page.getByText('Europe/Berlin').waitFor();
    await page.getByText('Betahaus').first().waitFor();
    await page.getByRole('link', { name: 'Silke Brandt' }).waitFor();
    await screenshotAtBothWidths(page, 'server-rendered-meetup-without-javascript');
  });

  for (const [what, path, heading] of [
    ['meetup page', () => `/m/${meetupId}`, 'Karriere-Expertinnen Hamburg'],
    ['profile page', () => `/p/${host.handle}`, 'Silke Brandt'],
    ['guest home', () => '/', undefined],
  ] as const) {
    it(`hydrates the ${what} without a mismatch or a console error`, async () => {
      const page = await openPageAs(browser, api, contexts, undefined, {
        viewport: VIEWPORTS.phone,
        timezoneId: 'America/New_York',
      });
      const problems = problemsOf(page);
      await page.addInitScript(WATCH_SERVER_HEADINGS);
      await page.goto(`${api.url}${path()}`);
      if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // The page's heading takes focus once React has taken the page over (hydration yields, so it takes a moment);
      // the language switch then answers.
      await page.locator('h1:focus').waitFor();
      await page.getByLabel('Language').selectOption('de');
      await page.getByLabel('Sprache').waitFor();
      expect(await page.evaluate('window.__replacedHeadings')).toBe(0);
      expect(problems).toEqual([]);
      await screenshotAtBothWidths(page, `server-rendered-${what.replaceAll(' ', '-')}`);
    });
  }

  it("writes times in the visitor's regional format from the first byte, and keeps them once hydrated", async () => {
    const rootFor = async (locale: string) => {
      const response = await fetch(`${api.url}/m/${meetupId}`, {
        headers: { 'accept-language': `${locale},en;q=0.8` },
      });
      // The page itself, not its link-preview tags, which are written in one format for every reader.
      const html = await response.text();
      return html.slice(html.indexOf('<div id="root"'), html.indexOf('id="neuland-state"'));
    };
    const british = await rootFor('en-GB');
    expect(british).toMatch(/18:30/);
    expect(british).not.toMatch(/\bPM\b/);
    expect(await rootFor('en-US')).toMatch(/6:30\sPM/);

    const context = await browser.newContext({ locale: 'en-GB', viewport: VIEWPORTS.desktop });
    contexts.push(context);
    const page = await context.newPage();
    const problems = problemsOf(page);
    await page.addInitScript(WATCH_SERVER_HEADINGS);
    await page.goto(`${api.url}/m/${meetupId}`);
    await page.locator('h1:focus').waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/18:30/);
    expect(main).not.toMatch(/6:30\sPM/);
    expect(await page.evaluate('window.__replacedHeadings')).toBe(0);
    expect(problems).toEqual([]);
  });

  it("adds the viewer's own time after hydration, without a mismatch", async () => {
    const page = await openPageAs(browser, api, contexts, undefined, {
      viewport: VIEWPORTS.desktop,
      timezoneId: 'America/New_York',
    });
    const problems = problemsOf(page);
    await page.goto(`${api.url}/m/${meetupId}`);
    await page.getByText('(America/New_York)').waitFor();
    expect(problems).toEqual([]);
    await screenshotAtBothWidths(page, 'server-rendered-meetup-hydrated');
  });
});
