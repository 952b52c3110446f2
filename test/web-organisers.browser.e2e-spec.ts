// Becoming an organiser in the browser, with nobody touching the database: an admin chooses the approval policy on
// the settings page; a newcomer signs up, opens the mailed link, asks; the admin approves on the requests page; the
// newcomer, still logged in, creates and publishes a meetup. Plus the admin pages, at both widths.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import type { ApiHarness } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  SCREENSHOTS,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { makeMeetup, NEXT_YEAR } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { linkToken, mailsTo } from './support/smtp-capture.js';

describe('becoming an organiser in the browser', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;
  let browser: Browser;
  let admin: TestMember;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [pipeline, browser] = await Promise.all([
      startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } }),
      launchBrowser(),
    ]);
    api = pipeline.api;
    admin = await makeMember(api, { role: 'admin', displayName: 'Ada Admin' });
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await pipeline?.close();
  });

  /** With UPDATE_DOCS_SCREENSHOTS=1, copies a page's screenshots to docs/, where the admin pages are shown. */
  const screenshotForDocs = async (page: Parameters<typeof screenshotAtBothWidths>[0], name: string) => {
    await screenshotAtBothWidths(page, name);
    if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
    for (const width of Object.keys(VIEWPORTS)) {
      await copyFile(join(SCREENSHOTS, `${name}-${width}.png`), join('docs', `${name}-${width}.png`));
    }
  };

  it('lets a newcomer ask, an admin approve in the admin pages, and the newcomer publish a meetup', async () => {
    const adminPage = await openPageAs(browser, api, contexts, admin);
    await adminPage.goto(`${api.url}/`);
    await adminPage.getByRole('link', { name: 'Admin' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await adminPage.getByRole('link', { name: 'Settings' }).click();
    const approvalPolicy = adminPage.getByLabel('Organisers only: members ask, admins approve');
    await approvalPolicy.click();
    await adminPage.getByText('Saved.').waitFor();
    expect(await approvalPolicy.isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await screenshotForDocs(adminPage, 'admin-settings');

    // The newcomer, from sign-up on, only in the browser and the mailbox.
    const email = `grete-${Date.now()}@example.org`;
    const password = 'a long enough password';
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${api.url}/signup`);
    await page.getByLabel('Your name').fill('Grete Newcomer');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    const [confirmation] = await mailsTo(pipeline.smtp, email, {
      subject: 'Please confirm your e-mail address',
    });
    await page.goto(`${api.url}/verify-email?token=${linkToken(confirmation)}`);
    await page.getByRole('heading', { level: 1, name: 'Your e-mail address is confirmed.' }).waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Grete Newcomer!' }).waitFor();

    expect(await page.getByRole('link', { name: 'New meetup' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Become an organiser' }).click();
    await page.getByLabel('What would you like to organise?').fill('A monthly Kotlin evening in Kiel.');
    await page.getByRole('button', { name: 'Send my request' }).click();
    await page.getByText('Your request to become an organiser is waiting for the admins.').waitFor();
    // The form is not offered to someone who may not use it.
    await page.goto(`${api.url}/meetups/new`);
    await page.getByRole('link', { name: 'Become an organiser' }).waitFor();
    expect(await page.getByLabel('Title').count()).toBe(0);

    await adminPage.getByRole('link', { name: 'Organiser requests' }).click();
    await adminPage.getByText('A monthly Kotlin evening in Kiel.').waitFor();
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await screenshotForDocs(adminPage, 'admin-organiser-requests');
    await adminPage.getByRole('button', { name: 'Approve Grete Newcomer' }).click();
    await adminPage.getByText('No requests are waiting.').waitFor();

    // Same session: the role counts at once.
    await page.goto(`${api.url}/`);
    await page.getByRole('link', { name: 'New meetup' }).click();
    await page.getByLabel('Title').fill('Kotlin in Kiel');
    await page.getByLabel('City').fill('Kiel');
    await page.getByLabel('Starts').fill(`${NEXT_YEAR}-03-05T19:00`);
    await page.getByLabel('Ends').fill(`${NEXT_YEAR}-03-05T21:00`);
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotlin in Kiel' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: "I'm going" }).waitFor();

    const [approval] = await mailsTo(pipeline.smtp, email, {
      subject: 'You can organise meetups at Neuland now',
    });
    expect(approval.text).toContain('Hi Grete Newcomer');

    await adminPage.getByRole('link', { name: 'Meetups' }).click();
    await adminPage.getByLabel('Search by title or city').fill('Kotlin in Kiel');
    await adminPage.getByText('Grete Newcomer').waitFor();
    await adminPage.getByRole('button', { name: 'Hand over…' }).click();
    await adminPage.getByText('This meetup has no co-hosts').waitFor();
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await screenshotForDocs(adminPage, 'admin-meetups');

    await adminPage.getByRole('link', { name: 'Members' }).click();
    await adminPage.getByLabel('Search by name or e-mail address').fill('Grete');
    await adminPage.getByLabel('Role of Grete Newcomer').waitFor();
    expect(await adminPage.getByLabel('Role of Grete Newcomer').inputValue()).toBe('organiser');
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await screenshotForDocs(adminPage, 'admin-members');

    await adminPage.getByRole('link', { name: 'Audit log' }).click();
    await adminPage.getByText('organiser_request.approved').waitFor();
    await adminPage.getByText('user.role_changed').first().waitFor();
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await screenshotForDocs(adminPage, 'admin-audit');
  }, 120_000);

  it('lets an organiser hand a meetup over to a co-host from its editor', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const coHost = await makeMember(api, { displayName: 'Cora Cohost' });
    const meetup = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', organiser.bearer)
      .send({ userId: coHost.id })
      .expect(204);
    const page = await openPageAs(browser, api, contexts, organiser, { viewport: VIEWPORTS.phone });
    await page.goto(`${api.url}/m/${meetup.id}/edit`);
    await page.getByRole('button', { name: 'Hand over to Cora Cohost' }).click();
    await screenshotAtBothWidths(page, 'meetup-editor-hand-over');
    await page.getByRole('button', { name: 'Yes, Cora Cohost organises it from now on' }).click();
    await page.getByText('Only the organiser can name and remove co-hosts.').waitFor();
    const after = await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', coHost.bearer);
    expect(after.body.organiserId).toBe(coHost.id);
  });

  it('shows members no admin pages', async () => {
    const member = await makeMember(api);
    const page = await openPageAs(browser, api, contexts, member);
    await page.goto(`${api.url}/admin/members`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  });
});
