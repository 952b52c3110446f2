// Finding people in a real chromium: the people page (name or handle, faces, a line of bio, follow) and the handle
// auto-complete where hosts invite people and name co-hosts, driven by the keyboard alone.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe('finding people in the browser', () => {
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

  const tag = () => `Quendel${randomBytes(3).toString('hex')}`;
  const browserFor = (account: TestMember, viewport: { width: number; height: number } = VIEWPORTS.desktop) =>
    openPageAs(browser, api, contexts, account, { viewport });

  /** Two people whose names both match the typed text: Lotta and Lotte, in that order (by handle). */
  async function twoLikeNamed(family: string) {
    const lotta = await makeMember(api, { displayName: `Lotta ${family}` });
    const lotte = await makeMember(api, {
      displayName: `Lotte ${family}`,
      profile: { headline: 'Product manager' },
    });
    return { lotta, lotte };
  }

  /** Types part of a name into the handle field, then takes the second person offered with the keyboard. */
  async function pickSecondByKeyboard(page: Page, label: string, typed: string) {
    const field = page.getByRole('combobox', { name: label });
    await field.pressSequentially(typed);
    const options = page.getByRole('listbox').getByRole('option');
    await options.nth(1).waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('status').filter({ hasText: '2 suggestions' }).waitFor();
    await field.press('ArrowDown');
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await field.press('Enter');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    return field;
  }

  it('finds people by part of their name from the navigation, with face, handle and bio, and follows one', async () => {
    const family = tag();
    const reader = await makeMember(api);
    const olga = await makeMember(api, {
      displayName: `Olga ${family}`,
      profile: { headline: 'Rust trainer', bio: 'Runs the Rust meetup in Leipzig.\nSecond line.' },
    });
    await makeMember(api, { displayName: `Hanna ${family}`, profile: { profileVisibility: 'contacts' } });
    const page = await browserFor(reader);
    await page.goto(`${api.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find people' }).waitFor();
    await page.getByRole('searchbox', { name: 'Name or handle' }).fill(family.slice(0, 12));
    await page.getByText('One person found.').waitFor();
    const results = page.getByRole('list', { name: 'Find people' });
    await results.getByRole('link', { name: `Olga ${family}` }).waitFor();
    await results.getByText(`@${olga.handle} · Rust trainer`).waitFor();
    await results.getByText('Runs the Rust meetup in Leipzig.').waitFor();
    expect(await results.getByText('Second line.').count()).toBe(0);
    // Hanna shows her profile to her contacts only: the search does not find her.
    expect(await results.getByText(`Hanna ${family}`).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(family.slice(0, 12));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'people-search');

    await page.getByRole('button', { name: `Follow Olga ${family}` }).click();
    await page.getByRole('button', { name: `Stop following Olga ${family}` }).waitFor();
    const following = await api
      .http()
      .get(`/api/v1/profiles/${reader.handle}/following`)
      .set('Authorization', reader.bearer)
      .expect(200);
    expect(following.body.items.map((person: { handle: string }) => person.handle)).toEqual([olga.handle]);
  });

  it('invites the person picked from the handle auto-complete with the keyboard, and nobody else', async () => {
    const family = tag();
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const { lotta, lotte } = await twoLikeNamed(family);
    const page = await browserFor(host, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}/invitations`);
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();

    const field = await pickSecondByKeyboard(page, 'Handle', family);
    expect(await field.inputValue()).toBe(lotte.handle);
    await page
      .getByRole('status')
      .filter({ hasText: `Lotte ${family} (@${lotte.handle}) chosen.` })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Enter took the person; a second Enter sends the form.
    await field.press('Enter');
    await page.getByText(`Invitation sent to ${lotte.handle}.`).waitFor();
    const invitations = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/invitations`)
      .set('Authorization', host.bearer)
      .expect(200);
    const invitees = invitations.body.items.map((item: Record<string, unknown>) => JSON.stringify(item));
    expect(invitees).toHaveLength(1);
    expect(invitees[0]).toContain(lotte.handle);
    expect(invitees[0]).not.toContain(lotta.handle);
  });

  it('names the co-host picked from the auto-complete, and Escape closes the list without choosing', async () => {
    const family = tag();
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const { lotte } = await twoLikeNamed(family);
    const page = await browserFor(host);
    await page.goto(`${api.url}/m/${meetup.id}/edit`);
    await page.getByText('No co-hosts yet.').waitFor();

    const field = page.getByRole('combobox', { name: "Co-host's handle" });
    await field.pressSequentially(family);
    await page.getByRole('listbox').getByRole('option').nth(1).waitFor();
    await screenshotAtBothWidths(page, 'handle-auto-complete');
    await field.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await field.inputValue()).toBe(family);
    await field.fill('');

    await pickSecondByKeyboard(page, "Co-host's handle", family);
    await page.getByRole('button', { name: 'Add co-host' }).click();
    await page
      .locator('.co-host-list')
      .getByRole('link', { name: `Lotte ${family}` })
      .waitFor();
    const coHosts = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(coHosts.body.items.map((coHost: { userId: string }) => coHost.userId)).toEqual([lotte.id]);
  });
});
