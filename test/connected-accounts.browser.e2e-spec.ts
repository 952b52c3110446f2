// Connecting a Mastodon account in a real chromium: the member types their handle, confirms on their (fake) server,
// comes back to Neuland and sees whom of the people they follow Neuland knows, at phone and desktop widths.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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
import { type FakeMastodon, startFakeMastodon } from './support/fake-mastodon.js';
import { freePort } from './support/free-port.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { makeMember, type TestMember } from './support/members.js';
import { addSocialAccount } from './support/social.js';
import { startWorker } from './support/worker-harness.js';

describe('connected accounts in the browser', () => {
  let database: IsolatedDatabase;
  let api: ApiHarness;
  let worker: NestFastifyApplication;
  let browser: Browser;
  let mastodon: FakeMastodon;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [database, mastodon] = await Promise.all([
      createIsolatedDatabase(),
      startFakeMastodon('mastodon.example'),
    ]);
    // The server sends the member back to APP_URL, so the API listens on a port chosen before it starts.
    const port = await freePort();
    [api, browser] = await Promise.all([
      startApi(
        {
          DATABASE_URL: database.url,
          APP_URL: `http://127.0.0.1:${port}`,
          LOGIN_ATTEMPTS_PER_MINUTE: '1000',
          SAFE_FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
          VERIFICATION_ORIGIN_OVERRIDES: `mastodon.example=${mastodon.origin}`,
        },
        { port },
      ),
      launchBrowser(),
    ]);
    worker = await startWorker(api.config);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await database?.close();
    await mastodon?.close();
  });

  async function memberOnMastodon(displayName: string): Promise<{ member: TestMember; address: string }> {
    const address = `${displayName.toLowerCase()}${randomBytes(3).toString('hex')}@chaos.social`;
    const member = await makeMember(api, { displayName });
    await addSocialAccount(api, member, 'mastodon', `@${address}`).expect(201);
    return { member, address };
  }

  it('a member connects a fake Mastodon account and sees "2 people you follow are on Neuland"', async () => {
    const [anna, bert] = [await memberOnMastodon('Anna'), await memberOnMastodon('Bert')];
    const username = `ada${randomBytes(3).toString('hex')}`;
    mastodon.setFollows(username, [anna.address, bert.address, 'stranger@elsewhere.example']);
    mastodon.signIn(username);
    const ada = await makeMember(api, { displayName: 'Ada' });

    const page = await openPageAs(browser, api, contexts, ada, { viewport: VIEWPORTS.phone });
    await page.goto(`${api.url}/settings/connections`);
    await page.getByRole('heading', { name: 'Connected accounts', level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // What is wrong is said at the field, before anything is sent.
    const handle = page.getByLabel('Your account');
    await handle.fill('ada');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Enter your handle with its server, such as @sabine@mastodon.social.').waitFor();
    expect(await handle.getAttribute('aria-invalid')).toBe('true');
    await screenshotAtBothWidths(page, 'connected-accounts-field-error');

    await handle.fill(`@${username}@mastodon.example`);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.waitForURL(/\/settings\/connections\/callback\?code=/, { timeout: 15_000 });
    // Off to the server, which approves and sends the browser back to Neuland's return page, and on to the list.
    await page.waitForURL(`${api.url}/settings/connections`, { timeout: 15_000 });
    await page.getByText('2 people you follow are on Neuland').waitFor({ timeout: 15_000 });
    await page.getByText('3 accounts you follow', { exact: false }).waitFor();
    await page.getByText(`Mastodon · ${username}@mastodon.example`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'connected-accounts-connected');

    // In German too.
    const german = await openPageAs(browser, api, contexts, ada, {
      viewport: VIEWPORTS.desktop,
      language: 'de',
    });
    await german.goto(`${api.url}/settings/connections`);
    await german.getByText('2 Personen, denen Du folgst, sind bei Neuland').waitFor();
    expect(await seriousAccessibilityViolations(german)).toEqual([]);
  });

  it('says in words when access was withdrawn on the server', async () => {
    const username = `revoker${randomBytes(3).toString('hex')}`;
    mastodon.setFollows(username, ['someone@chaos.social']);
    mastodon.signIn(username);
    const member = await makeMember(api, { displayName: 'Rita' });
    const page = await openPageAs(browser, api, contexts, member, { viewport: VIEWPORTS.desktop });
    await page.goto(`${api.url}/settings/connections`);
    await page.getByLabel('Your account').fill(`@${username}@mastodon.example`);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('None of the people you follow is on Neuland yet.').waitFor({ timeout: 15_000 });

    mastodon.revoke(username);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page
      .getByText('Access was withdrawn on mastodon.example. Connect the account again to keep it current.')
      .waitFor({ timeout: 15_000 });
    await page.getByText('Access withdrawn', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'connected-accounts-access-withdrawn');
  });
});
