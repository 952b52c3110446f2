// The account mails' links in a real chromium, with the real worker and an SMTP capture: confirming the e-mail
// address, and setting a new password.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ApiHarness } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { explainingMissingMail, mailsTo, type SmtpCapture } from './support/smtp-capture.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { until } from './support/until.js';
import { makeMember } from './support/members.js';

describe('account links in the browser', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [pipeline, browser] = await Promise.all([
      startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } }),
      launchBrowser(),
    ]);
    ({ smtp, api } = pipeline);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await pipeline?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }
  /** The link to `path` in a mail to `address`, opened on the local server as its recipient would. */
  async function linkInMail(address: string, path: string): Promise<string> {
    const pattern = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`);
    const match = await explainingMissingMail(
      smtp,
      () => [address],
      () =>
        until(
          () =>
            smtp
              .acceptedTo(address)
              .map((mail) => pattern.exec(mail.text ?? ''))
              .find(Boolean),
          { what: `a ${path} link mailed to ${address}`, timeoutMs: 20_000 },
        ),
    );
    const link = new URL(match[0]);
    return `${api.url}${link.pathname}${link.search}`;
  }
  const uniqueEmail = () => `someone-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;

  it('signs up, and the link in the mail confirms the address on opening in that browser; logs in right there', async () => {
    const page = await newPage();
    const email = uniqueEmail();
    await page.goto(`${api.url}/signup`);
    await page.getByLabel('Your name').fill('Inga');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    await page.getByText(`We sent a mail to ${email}`).waitFor();

    await page.goto(await linkInMail(email, '/verify-email'));
    await page.getByRole('heading', { level: 1, name: 'Your e-mail address is confirmed.' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.getByLabel('E-mail address').inputValue()).toBe(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Inga!' }).waitFor();
    expect(await page.getByText('Please confirm your e-mail address').count()).toBe(0);
    const me = await page.evaluate("fetch('/api/v1/me').then((response) => response.json())");
    expect(me).toMatchObject({ email, emailVerified: true });
  }, 60_000);

  it('confirms only on a click where the link is opened in a browser that did not ask for it', async () => {
    const email = uniqueEmail();
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough password', displayName: 'Ines' })
      .expect(202);
    const link = await linkInMail(email, '/verify-email');
    const page = await newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const opened = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email, password: 'a long enough password' });
    expect(opened.status).toBe(401);

    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your e-mail address is confirmed.' }).waitFor();
    await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email, password: 'a long enough password' })
      .expect(200);
  }, 60_000);

  it('mails a new confirmation link to someone who cannot log in yet, asked for from the log-in page', async () => {
    const page = await newPage();
    const email = uniqueEmail();
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough password', displayName: 'Jens', language: 'en' })
      .expect(202);
    await page.goto(`${api.url}/login`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('or the address is not confirmed yet').first().waitFor();
    await page.getByRole('link', { name: 'Did not get the confirmation mail?' }).click();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send me a new link' }).click();
    await page.getByText('If an unconfirmed account uses this address, a new link is on its way.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The sign-up's link, the welcome, and the new link.
    const mails = await mailsTo(smtp, email, { count: 3, timeoutMs: 20_000 });
    expect(mails.filter((mail) => /\/verify-email\?token=/.test(mail.text ?? ''))).toHaveLength(2);
  }, 60_000);

  it('says so when a verification link is used or broken', async () => {
    const page = await newPage();
    await page.goto(`${api.url}/verify-email?token=${'x'.repeat(40)}`);
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByText('This link is unknown, used or expired.').waitFor();
  });

  it('sets a new password from the link in the mail, and logs in with it', async () => {
    const account = await makeMember(api, { email: uniqueEmail() });
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', account.bearer)
      .send({ language: 'en' })
      .expect(200);
    const page = await newPage();
    await page.goto(`${api.url}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('E-mail address').fill(account.email);
    await page.getByRole('button', { name: 'Send me the link' }).click();
    await page.getByText('If an account uses this address, the link is on its way.').waitFor();

    const link = await linkInMail(account.email, '/password-reset');
    await page.goto(link);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByLabel('New password').and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByLabel('New password').fill('my brand-new password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('link', { name: 'Log in now' }).click();
    await page.getByLabel('E-mail address').fill(account.email);
    await page.getByLabel('Password').fill('my brand-new password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${api.url}/`);

    await page.goto(link);
    await page.getByLabel('New password').fill('yet another password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('This link is unknown, used or expired. Ask for a new one below.').waitFor();
  }, 60_000);
});
