// The pages people use most, in the dark look a phone or laptop set to dark mode asks for: axe finds no contrast
// or other serious problem, at phone and desktop width, for a guest, an attendee and the host; nothing scrolls sideways
// and the header's links and buttons are 44 px touch targets.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  SCREENSHOTS,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe('the dark look', () => {
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

  /** A page in the dark look, logged in as `account` when given. */
  const darkPage = async (viewport: keyof typeof VIEWPORTS, account?: TestMember): Promise<Page> => {
    const context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      colorScheme: 'dark',
      locale: 'en-GB',
    });
    contexts.push(context);
    if (account) {
      const response = await context.request.post(`${api.url}/api/v1/auth/session`, {
        data: { email: account.email, password: account.password },
      });
      expect(response.status()).toBe(200);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  };

  const look = async (page: Page, name: string) => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    expect(
      await page.evaluate(() => {
        const root = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      }),
    ).toBe(0);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `dark-${name}.png`), fullPage: true });
  };

  it('keeps the meetup page readable for a guest, an attendee and the host', async () => {
    const host = await makeMember(api, {
      role: 'organiser',
      displayName: 'Dieter Host',
      profile: { language: 'en' },
    });
    const attendee = await makeMember(api, { displayName: 'Ada Attendee', profile: { language: 'en' } });
    const meetup = await makeMeetup(api, host, { title: 'UX Research Hamburg', topics: ['UX', 'Research'] });
    await rsvp(api, attendee, meetup.id).expect(200);
    for (const viewport of ['phone', 'desktop'] as const) {
      for (const [who, account] of [
        ['guest', undefined],
        ['attendee', attendee],
        ['host', host],
      ] as const) {
        const page = await darkPage(viewport, account);
        await page.goto(`${api.url}/m/${meetup.id}`);
        await page.getByRole('heading', { level: 1, name: 'UX Research Hamburg' }).waitFor();
        await look(page, `meetup-${who}-${viewport}`);
      }
    }
  });

  it('keeps forms with their errors, the account menu and the host pages readable', async () => {
    const host = await makeMember(api, { role: 'organiser', profile: { language: 'en' } });
    const meetup = await makeMeetup(api, host);
    for (const viewport of ['phone', 'desktop'] as const) {
      const guest = await darkPage(viewport);
      await guest.goto(`${api.url}/signup`);
      await guest.getByLabel('E-mail address').fill('not-an-address');
      await guest.getByRole('button', { name: 'Create my account' }).click();
      await guest.getByRole('alert').first().waitFor();
      await look(guest, `sign-up-errors-${viewport}`);

      const page = await darkPage(viewport, host);
      await page.goto(`${api.url}/m/${meetup.id}/check-in`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await look(page, `check-in-${viewport}`);
      await page.goto(`${api.url}/settings/profile`);
      await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
      // Every way through the header is a 44 px touch target, on a phone too.
      const navigation = page.getByRole('navigation', { name: 'Main' });
      for (const target of [
        ...(await navigation.getByRole('link').all()),
        ...(await navigation.getByRole('button').all()),
      ]) {
        const box = await target.boundingBox();
        expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
      }
      await page.getByRole('button', { name: 'Your account' }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).waitFor();
      await look(page, `account-menu-${viewport}`);
    }
  });
});
