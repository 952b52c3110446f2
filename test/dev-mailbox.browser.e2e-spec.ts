// The development mailbox (no SMTP_URL): a page that lists the mails, shows each one rendered, and whose links work,
// so that a newcomer can confirm their address from it.
import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { freePort } from './support/free-port.js';
import { until } from './support/until.js';
import { startWorker } from './support/worker-harness.js';

// The mails' links point at APP_URL, so the API listens on a port chosen before it starts.
describe('the development mailbox', () => {
  let database: IsolatedDatabase;
  let api: ApiHarness;
  let worker: NestFastifyApplication;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    database = await createIsolatedDatabase();
    const port = await freePort();
    [api, browser] = await Promise.all([
      startApi(
        {
          DATABASE_URL: database.url,
          APP_URL: `http://127.0.0.1:${port}`,
          LOGIN_ATTEMPTS_PER_MINUTE: '1000',
        },
        { port },
      ),
      launchBrowser(),
    ]);
    expect(api.config.mail.smtpUrl).toBeUndefined();
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
    if (api && !process.env.KEEP) await rm(api.config.mail.devMailboxDir, { recursive: true, force: true });
  });

  const mailsTo = async (email: string) => {
    const list = await api.http().get('/dev/mail').set('Accept', 'application/json').expect(200);
    return (list.body.items as Array<{ to: string; subject: string }>).filter((mail) => mail.to === email);
  };

  it('lists the confirmation mail, shows it rendered, and its link confirms the address', async () => {
    const email = `neu-${Date.now()}@example.org`;
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'ein langes Passwort', displayName: 'Nele Neu' })
      .expect(202);
    const isConfirmation = (subject: string) => /bestätige|confirm/i.test(subject);
    await until(async () => (await mailsTo(email)).some((mail) => isConfirmation(mail.subject)), {
      what: 'the confirmation mail in the mailbox',
    });
    const mail = (await mailsTo(email)).find((each) => isConfirmation(each.subject))!;

    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${api.url}/dev/mail`);
    await page.getByRole('heading', { level: 1, name: 'Development mailbox' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'door-dev-mailbox');

    await page
      .getByRole('row', { name: new RegExp(email) })
      .getByRole('link', { name: mail.subject })
      .click();
    await page.getByRole('heading', { level: 1, name: mail.subject }).waitFor();
    await page.getByText(`${api.url}/verify-email?token=`, { exact: false }).first().waitFor();
    const inMail = page.frameLocator('iframe[title="The mail as HTML"]');
    await inMail.getByRole('link').first().waitFor();
    await screenshotAtBothWidths(page, 'door-dev-mailbox-mail');

    await inMail.locator('a[href*="/verify-email?token="]').first().click();
    await page.waitForURL(/\/verify-email\?token=/);
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByRole('heading', { name: 'Your e-mail address is confirmed.' }).waitFor();
  });

  it('answers an unknown mail with not found, and never reads outside the mailbox', async () => {
    await api.http().get('/dev/mail/no-such-mail').expect(404);
    await api.http().get('/dev/mail/..%2F..%2Fpackage/html').expect(404);
  });
});
