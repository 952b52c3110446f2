// Signing up, logging in and out in a real chromium against the real API serving the built web app.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { UsersService } from '@neuland/auth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { markEmailVerified } from './support/members.js';

const uniqueEmail = () => `web-${randomBytes(5).toString('hex')}@example.org`;

describe('accounts in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterEach(() => context.close());

  const signUp = async (fields: { displayName: string; email: string; password: string }) => {
    await page.goto(`${api.url}/signup`);
    await page.getByLabel('Your name').fill(fields.displayName);
    await page.getByLabel('E-mail address').fill(fields.email);
    await page.getByLabel('Password').fill(fields.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
  };
  /** What opening the mailed link does (web-account-links.browser.e2e-spec.ts follows the real mail). */
  const confirmAddress = async (email: string) =>
    markEmailVerified(api, (await api.app.get(UsersService).findByEmail(email))!.id);
  const logIn = async (email: string, password: string) => {
    await page.goto(`${api.url}/login`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
  };

  it('signs up, is sent to the inbox, logs in once the address is confirmed, and logs out again', async () => {
    const email = uniqueEmail();
    await signUp({ displayName: 'Ada Lovelace', email, password: 'a long enough password' });
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'sign-up-check-inbox');
    expect((await context.cookies()).find((cookie) => cookie.name === 'neuland_session')).toBeUndefined();

    await confirmAddress(email);
    await logIn(email, 'a long enough password');
    await page.getByRole('heading', { level: 1, name: 'Hello, Ada Lovelace!' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'neuland_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    await screenshotAtBothWidths(page, 'home-member');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hello, Ada Lovelace!' }).waitFor();

    await page.getByRole('button', { name: 'Your account' }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'From online contacts to in-person meetups' })
      .waitFor();
    const me = await page.evaluate("fetch('/api/v1/me').then((response) => response.status)");
    expect(me).toBe(401);
  });

  it("logs in with an existing account and then speaks its profile's language, not the browser's", async () => {
    const email = uniqueEmail();
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough password', displayName: 'Grace' })
      .expect(202);
    await confirmAddress(email);
    await logIn(email, 'a long enough password');
    // Profiles start in German unless the sign-up said otherwise; this browser asked for English.
    await page.getByRole('heading', { level: 1, name: 'Hallo, Grace!' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
  });

  it('tells a wrong password apart from a broken form', async () => {
    await page.goto(`${api.url}/login`);
    await page.getByLabel('E-mail address').fill(uniqueEmail());
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'E-mail address or password is wrong, or the address is not confirmed yet: open the link we mailed you.',
    );
  });

  it("shows the API's field errors in words beside the right fields and moves focus to the first one", async () => {
    await signUp({ displayName: 'Ada', email: 'not-an-address', password: 'short' });
    const emailError = page.locator('[data-field-error="email"]');
    await emailError.waitFor();
    expect(await emailError.textContent()).toBe('Please enter an e-mail address, like name@example.org.');
    expect(await page.locator('[data-field-error="password"]').textContent()).toBe(
      'Please choose a password of at least 10 characters.',
    );
    expect(await page.locator('[data-field-error="displayName"]').count()).toBe(0);
    expect(await page.getByLabel('E-mail address').getAttribute('aria-invalid')).toBe('true');
    // The focus moves in an effect after the errors are shown, so wait for it.
    await page.locator('input[name="email"]:focus').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Please check the marked fields.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'sign-up-errors');
  });

  it('shows a friendly 404 page for an unknown address, with a way home', async () => {
    await page.goto(`${api.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'From online contacts to in-person meetups' })
      .waitFor();
  });

  it('speaks German to a browser that prefers German', async () => {
    const german = await browser.newContext({ locale: 'de-DE' });
    const germanPage = await german.newPage();
    await germanPage.goto(`${api.url}/login`);
    await germanPage.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await germanPage.getAttribute('html', 'lang')).toBe('de');
    // A refused field is worded in German too, never in the API's English.
    await germanPage.goto(`${api.url}/signup`);
    await germanPage.getByLabel('Dein Name').fill('Ada');
    await germanPage.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await germanPage.getByLabel('Passwort').fill('ein langes Passwort');
    await germanPage.getByRole('button', { name: 'Konto anlegen' }).click();
    await germanPage.locator('[data-field-error="email"]').waitFor();
    expect(await germanPage.locator('[data-field-error="email"]').textContent()).toBe(
      'Bitte gib eine E-Mail-Adresse an, etwa name@example.org.',
    );
    await german.close();
  });

  it('has no serious or critical accessibility violations on the guest pages', async () => {
    for (const [path, name] of [
      ['/', 'home-guest'],
      ['/signup', 'sign-up'],
      ['/login', 'log-in'],
      ['/no/such/page', 'not-found'],
    ]) {
      await page.goto(`${api.url}${path}`);
      await page.locator('h1').waitFor();
      expect({ path, violations: await seriousAccessibilityViolations(page) }).toEqual({
        path,
        violations: [],
      });
      await screenshotAtBothWidths(page, name);
    }
  });

  it('has no serious or critical accessibility violations on the home page of a member, on a phone', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    const email = uniqueEmail();
    await signUp({ displayName: 'Lin', email, password: 'a long enough password' });
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    await confirmAddress(email);
    await logIn(email, 'a long enough password');
    await page.getByRole('heading', { level: 1, name: 'Hello, Lin!' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const overflows = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
    expect(overflows).toBe(false);
  });
});
