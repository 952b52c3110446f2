// "Never invite me to Neuland again" in a real chromium against the real pipeline (API → outbox → worker → SMTP):
// the link from a captured invitation mail to an address, opened on a phone by someone not on Neuland.
// API and worker share a database of their own (the worker would otherwise mail other files' events).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import type { ApiHarness } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { invite } from './support/invitations.js';
import { makeMeetup } from './support/meetups.js';
import { mailsTo, type SmtpCapture } from './support/smtp-capture.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { makeMember } from './support/members.js';

describe('"never invite me again" in the browser', () => {
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
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await pipeline?.close();
  });

  it('opts the address out from the mail link with one click on a phone, in the mail’s language, with Undo', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const email = `jana-${Date.now()}@example.org`;
    await invite(api, host, (await makeMeetup(api, host)).id, { email }).expect(201);
    const [mail] = await mailsTo(smtp, email, { timeoutMs: 20_000 });
    const link = new URL(/Mich nie wieder zu Neuland einladen: (\S+)/.exec(mail.text ?? '')![1]);
    expect(link.origin).toBe('http://neuland.test');
    const status = `/api/v1/invitation-opt-outs/${link.pathname.split('/')[2]}/status`;
    const optedOut = async () => (await api.http().get(status).expect(200)).body.optedOut as boolean;

    // Not logged in, on a phone, in a browser set to English: the page speaks the German of the mail.
    const page = await openPageAs(browser, api, contexts, undefined, { viewport: VIEWPORTS.phone });
    await page.goto(`${api.url}${link.pathname}`);
    await page.getByRole('heading', { level: 1, name: 'Mich nie wieder zu Neuland einladen' }).waitFor();
    await page
      .getByText('Jemand hat Dich mit Deiner E-Mail-Adresse zu einem Treffen auf Neuland eingeladen')
      .waitFor();
    expect(await optedOut()).toBe(false); // opening the page changed nothing
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'web-never-invite-question');

    await page.getByRole('button', { name: 'Nie wieder einladen' }).click();
    await page.getByText('Erledigt: Neuland schickt an diese Adresse keine Einladungen mehr').waitFor();
    expect(await optedOut()).toBe(true);
    expect((await invite(api, host, (await makeMeetup(api, host)).id, { email }).expect(201)).body).toEqual({
      items: [],
      skipped: 1,
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'web-never-invite-done');

    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await page.getByText('Rückgängig gemacht: Diese Adresse darf wieder').waitFor();
    expect(await optedOut()).toBe(false);

    // Coming back later to an address that is opted out: it says so, and offers to allow invitations again.
    await page.getByRole('button', { name: 'Nie wieder einladen' }).click();
    await page.getByText('Erledigt').waitFor();
    await page.reload();
    await page.getByText('Diese Adresse bekommt keine Einladungen von Neuland.').waitFor();
    await page.getByRole('button', { name: 'Einladungen wieder erlauben' }).waitFor();
  }, 60_000);

  it('shows a friendly "not valid" page for a forged or mangled link, and changes nothing', async () => {
    const page = await openPageAs(browser, api, contexts, undefined, { viewport: VIEWPORTS.phone });
    const forged = `${'A'.repeat(43)}.de.${'B'.repeat(43)}`;
    for (const token of [forged, `${forged}-and-what-a-mail-client-appended-to-it`]) {
      await page.goto(`${api.url}/never-invite/${token}`);
      await page.getByRole('heading', { level: 1, name: 'This link is not valid' }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/500|error|stack|at .+\(/i);
    }
    const { rows } = await pipeline.pool.query(`SELECT 1 FROM invitation_opt_out WHERE address_key = $1`, [
      Buffer.from('A'.repeat(43), 'base64url').toString('hex'),
    ]);
    expect(rows).toEqual([]);
  });
});
