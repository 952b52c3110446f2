// The seed story through the UI, as far as the APIs exist: an organiser creates and publishes a meetup, two
// people RSVP from its page, follow each other on their profiles, and each sees the other under
// "people you know here". (Joining through an invitation mail link is not in the web app yet.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { registerAccount, type TestAccount } from './support/accounts.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { ensureWebAppBuilt, launchBrowser, screenshotAtBothWidths, VIEWPORTS } from './support/browser.js';
import { makeMember } from './support/social.js';

describe('the seed story in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function browserFor(account: TestAccount): Promise<Page> {
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', account.bearer)
      .send({ language: 'en' });
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const login = await context.request.post(`${api.url}/api/v1/auth/session`, {
      data: { email: account.email, password: account.password },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  it('lets two people who follow each other see each other under "people you know here"', async () => {
    const organiser = await browserFor(await registerAccount(api, { role: 'organiser' }));
    await organiser.goto(`${api.url}/meetups/new`);
    await organiser.getByLabel('Title').fill('Karriere-Expertinnen Hamburg: Winter-Treffen');
    await organiser.getByLabel('City').fill('Hamburg');
    await organiser.getByLabel('Starts').fill('2031-12-03T18:30');
    await organiser.getByLabel('Ends').fill('2031-12-03T21:00');
    await organiser.getByLabel('Time zone').selectOption('Europe/Berlin');
    await organiser.getByRole('button', { name: 'Create draft' }).click();
    await organiser.getByRole('button', { name: 'Publish' }).click();
    await organiser.getByRole('button', { name: "I'm going" }).waitFor();
    const meetupPath = new URL(organiser.url()).pathname;

    const ada = await makeMember(api, {}, { displayName: 'Ada' });
    const ben = await makeMember(api, {}, { displayName: 'Ben' });
    const adaPage = await browserFor(ada);
    const benPage = await browserFor(ben);
    for (const page of [adaPage, benPage]) {
      await page.goto(`${api.url}${meetupPath}`);
      await page.getByRole('button', { name: "I'm going" }).click();
      await page.getByText("You're going.").waitFor();
    }
    await adaPage.getByText('Nobody you know online is going yet.').waitFor();

    for (const [page, other] of [
      [adaPage, ben],
      [benPage, ada],
    ] as const) {
      await page.goto(`${api.url}/p/${other.handle}`);
      await page.getByRole('button', { name: 'Follow' }).click();
      await page.getByText(`You follow ${other.displayName}.`).waitFor();
    }

    for (const [page, other] of [
      [adaPage, ben],
      [benPage, ada],
    ] as const) {
      await page.goto(`${api.url}${meetupPath}`);
      const known = page.locator('.people-you-know li');
      await known.first().waitFor();
      expect(await known.count()).toBe(1);
      expect(await known.first().textContent()).toContain(other.displayName);
      expect(await known.first().textContent()).toContain('you know each other online');
    }
    await screenshotAtBothWidths(adaPage, 'meetup-people-you-know');
  });
});
