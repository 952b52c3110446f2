// Mail settings in a real chromium against the real pipeline (API → outbox → worker → SMTP): the unsubscribe
// link from a captured mail, the mail settings page, and the personal calendar feed.
// API and worker share a database of their own (the worker would otherwise mail other files' events).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { signUnsubscribeToken } from '@neuland/notifications';
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
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { until } from './support/until.js';
import { makeMember, type TestMember } from './support/members.js';
import type { SmtpCapture } from './support/smtp-capture.js';

const ALL_ON = { introductions: true, reminders: true, invitations: true, updates: true };

describe('mail settings in the browser', () => {
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

  const waitForMail = (address: string, subjectPart: string): Promise<ParsedMail> =>
    until(() => smtp.acceptedTo(address).find((each) => each.subject?.includes(subjectPart)), {
      what: `a "${subjectPart}" mail to ${address}`,
      timeoutMs: 20_000,
    });
  const preferencesOf = async (member: TestMember) =>
    (await api.http().get('/api/v1/me/notifications').set('Authorization', member.bearer).expect(200)).body;

  it('an unsubscribe link from a captured mail turns that category off with one click', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, host, { title: 'Rust evening' });
    const ada = await makeMember(api, { displayName: 'Ada', profile: { language: 'en' } });
    await invite(api, host, meetup.id, { handle: ada.handle }).expect(201);

    const mail = await waitForMail(ada.email, 'Silke invites you');
    const link = new URL(/Unsubscribe from invitations: (\S+)/.exec(mail.text ?? '')![1]);
    expect(link.origin).toBe('http://neuland.test');
    expect(link.pathname).toMatch(/^\/unsubscribe\/[^/]+$/);
    expect(mail.html).toContain(`href="${link.href}"`);
    // Mail clients keep posting to the API's RFC 8058 route.
    expect(JSON.stringify(mail.headers.get('list'))).toContain(`/api/v1${link.pathname}`);

    // Not logged in: a fresh browser, as when the mail is read on another device.
    const page = await openPageAs(browser, api, contexts, undefined, { viewport: VIEWPORTS.phone });
    await page.goto(`${api.url}${link.pathname}${link.search}`);
    await page.getByText('Stop e-mails about: invitations to meetups?').waitFor();
    expect(await preferencesOf(ada)).toEqual(ALL_ON); // opening the page changed nothing
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'web-unsubscribe-question');

    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByText('You will no longer get e-mails about: invitations to meetups.').waitFor();
    expect(await preferencesOf(ada)).toEqual({ ...ALL_ON, invitations: false });
    expect(await page.getByRole('link', { name: 'All mail settings' }).getAttribute('href')).toBe(
      '/settings/notifications',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'web-unsubscribe-done');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByText('Turned back on: you will get e-mails about invitations to meetups again.')
      .waitFor();
    expect(await preferencesOf(ada)).toEqual(ALL_ON);
  }, 60_000);

  it('the unsubscribe page speaks the language of the mail: German for a German profile', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, host);
    const sabine = await makeMember(api, { profile: { language: 'de' } });
    await invite(api, host, meetup.id, { handle: sabine.handle }).expect(201);
    const mail = await waitForMail(sabine.email, 'lädt Dich ein');
    const link = new URL(/Einladungen abbestellen: (\S+)/.exec(mail.text ?? '')![1]);

    const page = await openPageAs(browser, api, contexts);
    await page.goto(`${api.url}${link.pathname}`);
    await page.getByText('Keine Mails mehr zu: Einladungen zu Treffen?').waitFor();
    await page.getByRole('button', { name: 'Abbestellen' }).click();
    await page.getByText('Du bekommst keine Mails mehr zu: Einladungen zu Treffen.').waitFor();
    expect(await preferencesOf(sabine)).toEqual({ ...ALL_ON, invitations: false });
  }, 60_000);

  it('the unsubscribe page works as well where the member is logged in (the CSRF token goes along)', async () => {
    const ada = await makeMember(api, { profile: { language: 'en' } });
    const token = signUnsubscribeToken(api.config.notifications.unsubscribeSecret, {
      userId: ada.id,
      category: 'reminders',
    });
    const page = await openPageAs(browser, api, contexts, ada);
    await page.goto(`${api.url}/unsubscribe/${token}`);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByText('You will no longer get e-mails about: reminders before meetups.').waitFor();
    expect(await preferencesOf(ada)).toEqual({ ...ALL_ON, reminders: false });

    await page.getByRole('link', { name: 'All mail settings' }).click();
    await page.getByRole('checkbox', { name: 'Reminders' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Reminders' }).isChecked()).toBe(false);
  });

  it('a forged unsubscribe link shows a friendly "not valid" page and changes nothing', async () => {
    const ada = await makeMember(api, { profile: { language: 'en' } });
    const page = await openPageAs(browser, api, contexts);
    await page.goto(`${api.url}/unsubscribe/${ada.id}.invitations.bm90LWEtcmVhbC1zaWduYXR1cmU`);
    await page.getByRole('heading', { level: 1, name: 'This link is not valid' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/500|error|stack|at .+\(/i);
    expect(await preferencesOf(ada)).toEqual(ALL_ON);
  });

  it('the mail settings page saves a change that a reload still shows, and is accessible', async () => {
    const ada = await makeMember(api, { profile: { language: 'en' } });
    const page = await openPageAs(browser, api, contexts, ada);
    await page.goto(`${api.url}/settings/profile`);
    await page.getByRole('link', { name: 'Mail settings and calendar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail settings' }).waitFor();
    const reminders = page.getByRole('checkbox', { name: 'Reminders' });
    expect(await reminders.isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'web-mail-settings');

    await reminders.uncheck();
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await preferencesOf(ada)).toEqual({ ...ALL_ON, reminders: false });

    await page.reload();
    await page.getByRole('checkbox', { name: 'Invitations' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Reminders' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Invitations' }).isChecked()).toBe(true);
  });

  it('sends a guest on the mail settings page to log in first', async () => {
    const page = await openPageAs(browser, api, contexts);
    await page.goto(`${api.url}/settings/notifications`);
    await page.getByText('Log in to choose which e-mails you get.').waitFor();
    expect(await page.getByRole('link', { name: 'Log in' }).last().getAttribute('href')).toBe(
      '/login?next=%2Fsettings%2Fnotifications',
    );
  });

  it('the calendar feed: create the address, copy it, and a new address retires the old one', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host, { title: 'Feed test evening' });
    const ada = await makeMember(api, { profile: { language: 'en' } });
    await api
      .http()
      .put(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', ada.bearer)
      .send({ status: 'going' })
      .expect(200);
    const page = await openPageAs(browser, api, contexts, ada);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
    await page.goto(`${api.url}/settings/notifications`);

    // Nothing is made on arrival: the address exists only after the button.
    const address = page.getByLabel('My calendar address');
    const create = page.getByRole('button', { name: 'Create my calendar address' });
    await create.waitFor();
    const feedStatus = () =>
      api.http().get('/api/v1/calendar/feed').set('Authorization', ada.bearer).expect(200);
    expect((await feedStatus()).body).toEqual({ createdAt: null });
    await create.click();
    await address.waitFor();
    const first = new URL(await address.inputValue());
    expect(first.origin).toBe('http://neuland.test');
    const feed = await api.http().get(first.pathname).expect(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.text).toContain('Feed test evening');

    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(first.href);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'web-calendar-feed');

    await page.getByRole('button', { name: 'New address' }).click();
    await page.getByText('The current address stops working at once').waitFor();
    await page.getByRole('button', { name: 'Yes, make a new address' }).click();
    await page.getByText('New address made. The old one no longer works.').waitFor();
    const second = new URL(await address.inputValue());
    expect(second.href).not.toBe(first.href);
    await api.http().get(first.pathname).expect(404);
    await api.http().get(second.pathname).expect(200);

    // Coming back later: the address cannot be shown again, only replaced, and arriving rotates nothing.
    await page.reload();
    await page.getByText('You made your calendar address on').waitFor();
    expect(await page.getByRole('button', { name: 'Create my calendar address' }).count()).toBe(0);
    await api.http().get(second.pathname).expect(200);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
