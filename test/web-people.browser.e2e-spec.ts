// People in a real chromium against the real API: follow lists, blocking, social accounts, contact import,
// trips with coffee offers, and the profile addresses mails use.
import { randomBytes } from 'node:crypto';
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
import { mastodonFollowing } from './support/contact-files.js';
import { dayFromToday } from './support/invitations.js';
import { addSocialAccount, follow, makeContacts } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('people in the browser', () => {
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

  const browserFor = (
    account?: TestMember,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
  ) => openPageAs(browser, api, contexts, account, { viewport });
  const member = (profile: Record<string, unknown> = {}, displayName?: string) =>
    makeMember(api, { ...(displayName ? { displayName } : {}), profile: { language: 'en', ...profile } });
  const listed = (page: Awaited<ReturnType<typeof browserFor>>) =>
    page.getByRole('tabpanel').getByRole('listitem').getByRole('link').allTextContents();

  it('lists whom I follow, my followers and my mutual contacts, each linking to their profile', async () => {
    const me = await member();
    const fan = await member({}, 'Fan Fiona');
    const idol = await member({}, 'Idol Ida');
    const friend = await member({}, 'Friend Frank');
    await follow(api, fan, me);
    await follow(api, me, idol);
    await makeContacts(api, me, friend);

    const page = await browserFor(me);
    await page.goto(`${api.url}/p/${me.handle}`);
    await page.getByRole('tab', { name: 'Following' }).waitFor();
    await page.getByRole('link', { name: 'Idol Ida' }).waitFor();
    expect((await listed(page)).sort()).toEqual(['Friend Frank', 'Idol Ida']);
    await page.getByRole('tab', { name: 'Followers' }).click();
    await page.getByRole('link', { name: 'Fan Fiona' }).waitFor();
    expect((await listed(page)).sort()).toEqual(['Fan Fiona', 'Friend Frank']);
    await page.getByRole('tab', { name: 'Mutual' }).click();
    await page.getByRole('link', { name: 'Friend Frank' }).waitFor();
    expect(await listed(page)).toEqual(['Friend Frank']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Friend Frank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Friend Frank' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/p/${friend.handle}`);
  });

  it('pages through a long list with "Show more", and shows a hidden list as not shared', async () => {
    const popular = await member({ profileVisibility: 'everyone', followListVisibility: 'everyone' });
    const fans = await Promise.all(
      Array.from({ length: 21 }, (_, index) =>
        member({ followListVisibility: 'everyone' }, `Fan ${String(index).padStart(2, '0')}`),
      ),
    );
    for (const fan of fans) await follow(api, fan, popular);
    const private_ = await member({ profileVisibility: 'everyone', followListVisibility: 'nobody' });

    const page = await browserFor(await member());
    await page.goto(`${api.url}/p/${popular.handle}`);
    await page.getByRole('tab', { name: 'Followers' }).click();
    await page.getByRole('button', { name: 'Show more' }).waitFor();
    expect(await listed(page)).toHaveLength(20);
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByRole('tabpanel').getByRole('listitem').nth(20).waitFor();
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);

    await page.goto(`${api.url}/p/${private_.handle}`);
    await page.getByText('Not shared: this member keeps this list to themselves.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('blocks after a confirm step, which ends the follow; the blocked person is listed until unblocked', async () => {
    const me = await member();
    const pest = await member({ profileVisibility: 'everyone' }, 'Pesky Pete');
    await makeContacts(api, me, pest);

    const page = await browserFor(me);
    await page.goto(`${api.url}/p/${pest.handle}`);
    await page.getByRole('button', { name: 'Block…' }).click();
    await page.getByText('You stop following each other', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Block', exact: true }).click();
    await page.getByText('You blocked Pesky Pete.').waitFor();
    expect(await page.getByRole('button', { name: 'Follow' }).count()).toBe(0);
    const following = await api
      .http()
      .get(`/api/v1/profiles/${me.handle}/following`)
      .set('Authorization', me.bearer)
      .expect(200);
    expect(following.body.items).toEqual([]);

    await page.getByRole('link', { name: 'People I blocked' }).click();
    await page.getByRole('heading', { level: 1, name: 'People I blocked' }).waitFor();
    await page.getByText('Pesky Pete').waitFor();
    await page.getByRole('button', { name: 'Unblock Pesky Pete' }).click();
    await page.getByText('You have not blocked anyone.').waitFor();
  });

  it('adds a social account, shows how to verify it, removes it, and shows a bad handle beside the field', async () => {
    const me = await member();
    const page = await browserFor(me);
    await page.goto(`${api.url}/settings/profile`);
    await page.getByLabel('Network').selectOption('mastodon');
    await page.getByLabel('Account or profile URL').fill('not a handle');
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.locator('[data-field-error="handle"]').waitFor();
    expect(await page.getByLabel('Account or profile URL').getAttribute('aria-invalid')).toBe('true');

    const address = `silke@mastodon-${randomBytes(3).toString('hex')}.social`;
    await page.getByLabel('Account or profile URL').fill(`@${address}`);
    await page.getByRole('button', { name: 'Add account' }).click();
    const item = page.locator('.social-account', { hasText: address });
    await item.getByText('claimed', { exact: true }).waitFor();
    expect(await page.locator('[data-field-error="handle"]').count()).toBe(0);
    await item.getByRole('button', { name: 'Check now' }).click();
    await item.getByText(`/@${me.handle}`).waitFor();

    await item.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('No accounts yet.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('imports a Mastodon CSV file through the page and shows the summary with the matched count', async () => {
    const instance = `mastodon-${randomBytes(3).toString('hex')}.social`;
    const sabine = await member();
    await addSocialAccount(api, sabine, 'mastodon', `sabine@${instance}`).expect(201);
    const me = await member();

    const page = await browserFor(me);
    await page.goto(`${api.url}/settings/import`);
    await page.getByText('No imports yet.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Mastodon (following_accounts.csv)').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'following_accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(mastodonFollowing([`sabine@${instance}`, `nobody@${instance}`, '=HYPERLINK(1)'])),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.locator('.import-summary');
    await summary.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await summary.locator('[data-count="matched"]').textContent()).toBe('1');
    await summary.getByText('Row 3: holds a spreadsheet formula, which is never read').waitFor();
    await page.locator('.import-list li').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'contact-import-summary');

    await page.getByRole('button', { name: /^Delete the import of/ }).click();
    await page.getByText('No imports yet.').waitFor();
  });

  it('shows an unrecognised file readably', async () => {
    const page = await browserFor(await member());
    await page.goto(`${api.url}/settings/import`);
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Neuland does not recognise this file.', { exact: false }).waitFor();
  });

  it('announces a trip; a contact in that city opens the offer from the mail, logs in and says "I\'m in"', async () => {
    const city = `Leipzig-${randomBytes(3).toString('hex')}`;
    const traveller = await member({ homeCity: 'Hamburg' }, 'Travelling Tom');
    const friend = await member({ homeCity: city }, 'Local Lena');
    await makeContacts(api, traveller, friend);

    const travellerPage = await browserFor(traveller);
    await travellerPage.goto(`${api.url}/trips`);
    await travellerPage.getByText('No trips yet.', { exact: false }).waitFor();
    await travellerPage.getByLabel('City').fill(city);
    await travellerPage.getByLabel('First day').fill(dayFromToday(3));
    await travellerPage.getByLabel('Last day').fill(dayFromToday(5));
    await travellerPage.getByLabel('Message (optional)').fill('Time for a coffee?');
    await travellerPage.getByRole('button', { name: 'Announce trip' }).click();
    await travellerPage.getByText(`Announced: your trip to ${city}.`).waitFor();
    await travellerPage.getByRole('link', { name: city }).waitFor();
    const trips = await api.http().get('/api/v1/me/trips').set('Authorization', traveller.bearer).expect(200);
    const tripId = trips.body.items[0].id as string;

    const friendPage = await browserFor(undefined, VIEWPORTS.phone);
    await friendPage.goto(`${api.url}/trips/${tripId}`);
    await friendPage.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await friendPage.getByLabel('E-mail address').fill(friend.email);
    await friendPage.getByLabel('Password').fill(friend.password);
    await friendPage.getByRole('button', { name: 'Log in' }).click();
    await friendPage.getByRole('heading', { name: `Travelling Tom comes to ${city}` }).waitFor();
    expect(new URL(friendPage.url()).pathname).toBe(`/trips/${tripId}`);
    await friendPage.getByText('Time for a coffee?').waitFor();
    await friendPage.getByRole('button', { name: "I'm in" }).click();
    await friendPage.getByText("You're in. Travelling Tom knows.").waitFor();
    expect(await friendPage.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);

    await travellerPage.reload();
    await travellerPage.getByRole('link', { name: 'Local Lena' }).waitFor();
    expect(await seriousAccessibilityViolations(travellerPage)).toEqual([]);
    await screenshotAtBothWidths(travellerPage, 'trips');
    await travellerPage.goto(`${api.url}/trips/${tripId}`);
    await travellerPage.getByRole('heading', { level: 1, name: `My trip to ${city}` }).waitFor();
    await travellerPage.getByRole('link', { name: 'Local Lena' }).waitFor();
    await travellerPage.getByRole('button', { name: 'Cancel trip' }).click();
    await travellerPage.getByText('The open coffee offers are withdrawn', { exact: false }).waitFor();
    await travellerPage.getByRole('button', { name: 'Cancel the trip' }).click();
    await travellerPage.getByText('cancelled', { exact: true }).waitFor();
  });

  it('leads /profiles/<handle> and /@<handle> to the profile page', async () => {
    const someone = await member({ profileVisibility: 'everyone' }, 'Addressed Anna');
    const page = await browserFor();
    for (const address of [`/profiles/${someone.handle}`, `/@${someone.handle}`]) {
      await page.goto(`${api.url}${address}`);
      await page.getByRole('heading', { level: 1, name: 'Addressed Anna' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/p/${someone.handle}`);
    }
  });
});
