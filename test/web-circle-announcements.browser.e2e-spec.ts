// A member chooses on the circle's page how they hear of its new meetups, in German and in English, on a phone and
// on a desktop; the choice is what the API keeps.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { makeMember, type TestMember } from './support/members.js';
import { until } from './support/until.js';

describe('circle announcements in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const savedChoice = async (member: TestMember, slug: string) =>
    (
      await api
        .http()
        .get(`/api/v1/circles/${slug}/announcements`)
        .set('Authorization', member.bearer)
        .expect(200)
    ).body.announcements;

  it.each([
    ['en', VIEWPORTS.phone, 'A weekly digest', 'None'],
    ['de', VIEWPORTS.desktop, 'Einmal die Woche gesammelt', 'Keine'],
  ] as const)(
    'lets a member choose how they hear of new meetups (%s)',
    async (language, viewport, digest, none) => {
      const owner = await makeMember(api, { role: 'organiser' });
      const circle = await makeCircle(api, owner);
      const member = await makeMember(api, { displayName: 'Mara Mitglied', profile: { language } });
      await joinCircle(api, member, circle.slug).expect(200);

      const page = await openPageAs(browser, api, contexts, member, { viewport, language });
      await page.goto(`${api.url}/c/${circle.slug}`);
      const every = page.getByRole('radio', {
        name: language === 'en' ? /every new meetup/ : /jedem neuen Treffen/,
      });
      await every.waitFor();
      expect(await every.isChecked()).toBe(true);
      await page.getByRole('radio', { name: digest }).click();
      await until(async () => (await savedChoice(member, circle.slug)) === 'weekly_digest', {
        what: 'the weekly digest to be saved',
      });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshotAtBothWidths(page, `circle-announcements-${language}`);

      // Clicked as a person would; the saved choice is what counts (read back after a reload below).
      await page.getByRole('radio', { name: none, exact: true }).click();
      await until(async () => (await savedChoice(member, circle.slug)) === 'none', {
        what: 'none to be saved',
      });
      await page.reload();
      await page.getByRole('radio', { name: none, exact: true }).waitFor();
      expect(await page.getByRole('radio', { name: none, exact: true }).isChecked()).toBe(true);
    },
    120_000,
  );
});
