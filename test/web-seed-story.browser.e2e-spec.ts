// The seed story through the UI, with the real mail pipeline: an organiser creates and publishes a meetup and
// invites a newcomer by e-mail from its invitations page; the newcomer opens the link from the captured mail, signs up on the way and is
// going; another member RSVPs from the meetup page; they follow each other, and each sees the other under
// "people you know here". API, worker and the SMTP capture share a database of their own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ApiHarness } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  VIEWPORTS,
} from './support/browser.js';
import { NEXT_YEAR } from './support/meetups.js';
import { mailsTo, type SmtpCapture } from './support/smtp-capture.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { makeMember } from './support/members.js';

describe('the seed story in the browser', () => {
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

  async function handleOf(email: string): Promise<string> {
    const { rows } = await pipeline.pool.query(
      `SELECT p.handle FROM profile p JOIN "user" u ON u.id = p.user_id WHERE lower(u.email) = lower($1)`,
      [email],
    );
    return rows[0].handle as string;
  }

  async function follow(page: Page, handle: string, name: string): Promise<void> {
    await page.goto(`${api.url}/p/${handle}`);
    await page.getByRole('button', { name: 'Follow' }).click();
    await page.getByText(`You follow ${name}.`).waitFor();
  }

  it('an invited newcomer and a member who follow each other see each other under "people you know here"', async () => {
    const silke = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const organiser = await openPageAs(browser, api, contexts, silke);
    await organiser.goto(`${api.url}/meetups/new`);
    await organiser.getByLabel('Title').fill('Karriere-Expertinnen Hamburg: Winter-Treffen');
    await organiser.getByLabel('City').fill('Hamburg');
    await organiser.getByLabel('Starts').fill(`${NEXT_YEAR}-12-03T18:30`);
    await organiser.getByLabel('Ends').fill(`${NEXT_YEAR}-12-03T21:00`);
    await organiser.getByLabel('Time zone').selectOption('Europe/Berlin');
    await organiser.getByRole('button', { name: 'Create draft' }).click();
    await organiser.getByRole('button', { name: 'Publish' }).click();
    await organiser.getByRole('button', { name: "I'm going" }).waitFor();
    const meetupPath = new URL(organiser.url()).pathname;

    // Natalie is not on Neuland yet: the invitation reaches her by mail only.
    const natalieEmail = `natalie-${Date.now()}@example.org`;
    await organiser.getByRole('link', { name: 'Invitations' }).click();
    await organiser.getByLabel('Anyone, by e-mail address').check();
    await organiser.getByLabel('E-mail address', { exact: true }).fill(natalieEmail);
    await organiser.getByLabel('Personal message (optional)').fill('Sabine kommt auch!');
    await organiser.getByRole('button', { name: 'Send invitation' }).click();
    await organiser.getByText(`Invitation sent to ${natalieEmail}.`).waitFor();
    const [mail] = await mailsTo(smtp, natalieEmail, { timeoutMs: 20_000 });
    const link = new URL(/https?:\/\/\S+[?&]invitation=\S+/.exec(mail.text ?? '')![0]);

    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    contexts.push(context);
    const natalie = await context.newPage();
    natalie.setDefaultTimeout(10_000);
    await natalie.goto(`${api.url}${link.pathname}${link.search}`);
    await natalie.getByRole('heading', { level: 1, name: 'Silke invites you' }).waitFor();
    await natalie.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
    await natalie.getByLabel('Your name').fill('Natalie');
    await natalie.getByLabel('E-mail address').fill(natalieEmail);
    await natalie.getByLabel('Password').fill('a-long-enough-password');
    await natalie.getByRole('button', { name: 'Create my account' }).click();
    await natalie.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    const [confirmation] = await mailsTo(smtp, natalieEmail, {
      subject: 'Please confirm your e-mail address',
      timeoutMs: 20_000,
    });
    const confirmLink = new URL(/https?:\/\/\S+\/verify-email\?token=\S+/.exec(confirmation.text ?? '')![0]);
    // Opened in the browser that signed up, the link confirms on its own.
    await natalie.goto(`${api.url}${confirmLink.pathname}${confirmLink.search}`);
    await natalie.getByLabel('Password').fill('a-long-enough-password');
    await natalie.getByRole('button', { name: 'Log in' }).click();
    await natalie.getByRole('button', { name: 'Accept and RSVP' }).click();
    await natalie.getByText("You're going.").waitFor();
    expect(new URL(natalie.url()).pathname).toBe(meetupPath);

    const sabineAccount = await makeMember(api, { displayName: 'Sabine' });
    const sabine = await openPageAs(browser, api, contexts, sabineAccount, { viewport: VIEWPORTS.phone });
    await sabine.goto(`${api.url}${meetupPath}`);
    await sabine.getByRole('button', { name: "I'm going" }).click();
    await sabine.getByText("You're going.").waitFor();
    await sabine.getByText('Nobody you know online is going yet.').waitFor();

    await follow(natalie, sabineAccount.handle, 'Sabine');
    await follow(sabine, await handleOf(natalieEmail), 'Natalie');

    for (const [page, other] of [
      [natalie, 'Sabine'],
      [sabine, 'Natalie'],
    ] as const) {
      await page.goto(`${api.url}${meetupPath}`);
      const known = page.locator('.people-you-know li');
      await known.first().waitFor();
      expect(await known.count()).toBe(1);
      expect(await known.first().textContent()).toContain(other);
      expect(await known.first().textContent()).toContain('You follow each other here');
    }
    await screenshotAtBothWidths(sabine, 'meetup-people-you-know');
  }, 120_000);
});
