// Profiles in a real chromium against the real API: editing my own, seeing and following someone else's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
} from './support/browser.js';
import { makeMember, type TestMember } from './support/members.js';

describe('profiles in the browser', () => {
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

  const browserFor = (account?: TestMember) => openPageAs(browser, api, contexts, account);

  it("edits my profile, and the profile's language wins over the browser's from then on", async () => {
    const member = await makeMember(api, { profile: { language: 'en' } });
    const page = await browserFor(member);
    await page.goto(`${api.url}/settings/profile`);
    await page.getByLabel('Headline').fill('UX researcher');
    await page.locator('form').getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Save profile' }).click();
    // The page speaks German at once: its main navigation is named in German.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.getByLabel('Überschrift').inputValue()).toBe('UX researcher');
  });

  it('keeps my privacy choices: follow lists, RSVPs, invitations and coffee offers', async () => {
    const member = await makeMember(api, { profile: { language: 'en' } });
    const page = await browserFor(member);
    await page.goto(`${api.url}/settings/profile`);
    await page.getByLabel('Who can see whom I follow and who follows me').selectOption('nobody');
    await page.getByLabel('My RSVPs').selectOption('private');
    await page.getByLabel('Organisers may invite me to meetups').uncheck();
    await page.getByLabel('they may offer me a coffee').uncheck();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Saved.').waitFor();

    const stored = await api.http().get('/api/v1/me/profile').set('Authorization', member.bearer).expect(200);
    expect(stored.body).toMatchObject({
      followListVisibility: 'nobody',
      attendanceVisibility: 'private',
      acceptsInvitations: false,
      acceptsCoffeeOffers: false,
    });
    await page.reload();
    expect(await page.getByLabel('My RSVPs').inputValue()).toBe('private');
    expect(await page.getByLabel('Organisers may invite me to meetups').isChecked()).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("shows the API's error beside the handle field for a handle that cannot exist", async () => {
    const page = await browserFor(await makeMember(api, { profile: { language: 'en' } }));
    await page.goto(`${api.url}/settings/profile`);
    await page.getByLabel('Handle').fill('not a handle!');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.locator('[data-field-error="handle"]').waitFor();
    expect(await page.getByLabel('Handle').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'profile-editor-errors');
  });

  it("shows someone's public profile and follows them", async () => {
    const follower = await makeMember(api, { profile: { language: 'en' } });
    const followee = await makeMember(api, {
      displayName: 'Jonas',
      profile: { headline: 'Rust in Hamburg', homeCity: 'Hamburg', topics: ['rust'] },
    });
    const page = await browserFor(follower);
    await page.goto(`${api.url}/p/${followee.handle}`);
    await page.getByRole('heading', { level: 1, name: 'Jonas' }).waitFor();
    await page.getByText('Rust in Hamburg').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'profile');
    await page.getByRole('button', { name: 'Follow' }).click();
    await page.getByText('You follow Jonas.').waitFor();

    const following = await api
      .http()
      .get(`/api/v1/profiles/${follower.handle}/following`)
      .set('Authorization', follower.bearer)
      .expect(200);
    expect(following.body.items.map((item: { handle: string }) => item.handle)).toEqual([followee.handle]);
  });

  it('shows a friendly 404 for a contacts-only profile to a stranger', async () => {
    const hidden = await makeMember(api, {
      displayName: 'Hidden Person',
      profile: { profileVisibility: 'contacts' },
    });
    const page = await browserFor(await makeMember(api, { profile: { language: 'en' } }));
    await page.goto(`${api.url}/p/${hidden.handle}`);
    await page.getByRole('heading', { level: 1, name: 'Profile not found' }).waitFor();
    expect(await page.getByText('Hidden Person').count()).toBe(0);
  });
});
