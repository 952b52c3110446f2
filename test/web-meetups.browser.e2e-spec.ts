// The meetup pages in a real chromium against the real API: create and publish, RSVP, waitlist, check-in code.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { APIResponse, Browser, BrowserContext, Page, Route } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { makeMeetup, NEXT_YEAR } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe('meetups in the browser', () => {
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

  /** A browser of its own for `account`, logged in through the web session endpoint. */
  const browserFor = (
    account?: TestMember,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
  ) => openPageAs(browser, api, contexts, account, { viewport, timezoneId: 'Europe/Berlin' });

  it('lets an organiser create a draft with the form, then publish it from its page', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/meetups/new`);
    await page.getByLabel('Title').fill('Rust <3 Hamburg');
    await page.getByLabel('Description').fill('Bring **your** laptop.\n\n<script>alert(1)</script>');
    await page.getByLabel('City').fill('Hamburg');
    await page.getByLabel('Venue').fill('Betahaus');
    await page.getByLabel('Starts').fill(`${NEXT_YEAR}-12-03T18:30`);
    await page.getByLabel('Ends').fill(`${NEXT_YEAR}-12-03T21:00`);
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByLabel('Seats', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Create draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Rust <3 Hamburg' }).waitFor();
    await page.getByText('Draft: only hosts can see this meetup').waitFor();
    expect(await page.locator('.meetup__description strong').textContent()).toBe('your');
    expect(await page.locator('.meetup__description script').count()).toBe(0);
    const when = await page.locator('time').textContent();
    expect(when).toContain(`3 December ${NEXT_YEAR}`);
    expect(when).toContain('18:30 – 21:00');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: "I'm going" }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
  });

  it('keeps a meetup published when a read of it begun before the publishing is still on its way', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/meetups/new`);
    await page.getByLabel('Title').fill('Slow network, fast hands');
    await page.getByLabel('City').fill('Hamburg');
    await page.getByLabel('Venue').fill('Betahaus');
    await page.getByLabel('Starts').fill(`${NEXT_YEAR}-12-03T18:30`);
    await page.getByLabel('Ends').fill(`${NEXT_YEAR}-12-03T21:00`);
    // The meetup page reads the new draft as it opens: the server answers that read at once, but its answer
    // is held back from the page while the meetup is published.
    const heldRead = new Promise<{ route: Route; answer: APIResponse }>((resolve) => {
      void page.route(/\/api\/v1\/meetups\/[0-9a-f-]{36}$/, async (route) =>
        route.request().method() === 'GET'
          ? resolve({ route, answer: await route.fetch() })
          : route.continue(),
      );
    });
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Slow network, fast hands' }).waitFor();
    const read = await heldRead;
    expect((await read.answer.json()).status).toBe('draft');
    const readDropped = page.waitForEvent('requestfailed', {
      predicate: (request) => request === read.route.request(),
    });
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: "I'm going" }).waitFor();

    // Publishing drops the older read: its draft can no longer reach the page.
    await readDropped;
    expect(await page.getByRole('button', { name: "I'm going" }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
  });

  it("shows the API's field errors beside the meetup form's fields", async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/meetups/new`);
    await page.getByLabel('Title').fill('ab');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.locator('[data-field-error="title"]').waitFor();
    expect(await page.locator('[data-field-error="city"]').count()).toBe(1);
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the third person on a two-seat meetup on the waitlist, and promotes them when someone withdraws', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 2 });
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => makeMember(api)));
    const pages: Page[] = [];
    for (const person of [first, second]) {
      const page = await browserFor(person, VIEWPORTS.phone);
      await page.goto(`${api.url}/m/${meetup.id}`);
      await page.getByRole('button', { name: "I'm going" }).click();
      await page.getByText("You're going.").waitFor();
      pages.push(page);
    }
    // The last seat is taken: the third is offered the waitlist, not a seat.
    const page = await browserFor(third, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    pages.push(page);
    await pages[2].getByText("You're number 1 on the waitlist.", { exact: false }).waitFor();
    await pages[2].getByText('Fully booked', { exact: false }).waitFor();
    await screenshotAtBothWidths(pages[2], 'meetup-waitlisted');

    await pages[0].getByRole('button', { name: 'Withdraw my RSVP' }).click();
    // The freed seat went to the waitlist: the meetup is full again.
    await pages[0].getByRole('button', { name: 'Join the waitlist' }).waitFor();
    await pages[2].reload();
    await pages[2].getByText("You're going.").waitFor();
  });

  it('shows my check-in code as a QR image once I have a seat', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const page = await browserFor(await makeMember(api), VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('button', { name: "I'm going" }).click();
    await page.getByRole('link', { name: 'My check-in code' }).click();
    const qr = page.getByRole('img', { name: 'QR code of your check-in code' });
    await qr.waitFor();
    await page.waitForFunction("document.querySelector('img.qr-code')?.naturalWidth > 0");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('sends a guest to log in and back to the meetup', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const guest = await makeMember(api);
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', guest.bearer)
      .send({ language: 'en' })
      .expect(200);
    const page = await browserFor();
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('link', { name: 'Log in to RSVP' }).click();
    await page.getByLabel('E-mail address').fill(guest.email);
    await page.getByLabel('Password').fill(guest.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: "I'm going" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/m/${meetup.id}`);
  });

  it('shows a friendly 404 page for an unknown meetup and for a draft the viewer may not see', async () => {
    const page = await browserFor(await makeMember(api));
    await page.goto(`${api.url}/m/${randomUUID()}`);
    await page.getByRole('heading', { level: 1, name: 'Meetup not found' }).waitFor();
    const organiser = await makeMember(api, { role: 'organiser' });
    const draft = await makeMeetup(api, organiser, { publish: false });
    await page.goto(`${api.url}/m/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: 'Meetup not found' }).waitFor();
  });

  it('has no serious or critical accessibility violations on the meetup page, as guest and as attendee', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, {
      description: '## Plan\n\n- talks\n- [snacks](https://example.org)',
    });
    const guest = await browserFor();
    await guest.goto(`${api.url}/m/${meetup.id}`);
    await guest.locator('h1').waitFor();
    expect(await seriousAccessibilityViolations(guest)).toEqual([]);
    await screenshotAtBothWidths(guest, 'meetup-guest');

    const attendee = await browserFor(await makeMember(api));
    await attendee.goto(`${api.url}/m/${meetup.id}`);
    await attendee.getByRole('button', { name: "I'm going" }).click();
    await attendee.getByText("You're going.").waitFor();
    expect(await seriousAccessibilityViolations(attendee)).toEqual([]);
  });

  it('offers .ics, Google and Outlook calendar links and an OpenStreetMap link', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const page = await browserFor();
    await page.goto(`${api.url}/m/${meetup.id}`);
    const ics = await page.getByRole('link', { name: 'Calendar file (.ics)' }).getAttribute('href');
    const calendar = await page.request.get(`${api.url}${ics}`);
    expect(calendar.status()).toBe(200);
    expect(await calendar.text()).toContain('BEGIN:VEVENT');
    expect(await page.getByRole('link', { name: 'Google Calendar' }).getAttribute('href')).toMatch(
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/,
    );
    expect(await page.getByRole('link', { name: 'Outlook' }).getAttribute('href')).toMatch(
      /^https:\/\/outlook\.live\.com\//,
    );
    expect(await page.getByRole('link', { name: 'Show on OpenStreetMap' }).getAttribute('href')).toContain(
      'openstreetmap.org/search?query=Betahaus',
    );
  });
});
