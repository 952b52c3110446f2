// Seats in a real chromium on a phone: handing a seat to a waitlisted contact, taking it, and keeping newcomer
// seats in the meetup form.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { makeMember } from './support/members.js';
import { makeContacts } from './support/social.js';

describe('seats in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
  });

  it('lets a going member hand the seat to a waitlisted contact, who takes it, on a phone', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 1, title: 'Frühstück der Personalerinnen' });
    const giver = await makeMember(api, { displayName: 'Inga Jürgensen' });
    const receiver = await makeMember(api, { displayName: 'Dilara Aksoy' });
    const stranger = await makeMember(api, { displayName: 'Bruno Fremd' });
    await makeContacts(api, giver, receiver);
    await rsvp(api, giver, meetup.id).expect(200);
    await rsvp(api, stranger, meetup.id).expect(200);
    await rsvp(api, receiver, meetup.id).expect(200);

    const giverPage = await openPageAs(browser, api, contexts, giver, { viewport: VIEWPORTS.phone });
    await giverPage.goto(`${api.url}/m/${meetup.id}`);
    await giverPage.getByRole('button', { name: "Can't come? Give your seat to someone you know" }).click();
    const dialog = giverPage.getByRole('dialog', { name: 'Give your seat to someone you know' });
    await dialog.getByText('Dilara Aksoy').waitFor();
    // Only the contact is offered, never the stranger ahead of her on the waitlist.
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Offer my seat' }).click();
    await dialog.getByText('Please choose someone.').waitFor();
    expect(await seriousAccessibilityViolations(giverPage)).toEqual([]);
    await screenshotAtBothWidths(giverPage, 'seats-offer-dialog');
    await dialog.getByRole('radio', { name: /Dilara Aksoy/ }).check();
    await dialog.getByRole('button', { name: 'Offer my seat' }).click();
    await giverPage.getByText(/You offered your seat to Dilara Aksoy\. They can take it until/).waitFor();
    expect(await dialog.count()).toBe(0);

    const receiverPage = await openPageAs(browser, api, contexts, receiver, {
      viewport: VIEWPORTS.phone,
      language: 'de',
    });
    await receiverPage.goto(`${api.url}/m/${meetup.id}#seat-offer`);
    const offer = receiverPage.getByRole('region', { name: 'Inga Jürgensen gibt Dir den Platz' });
    await offer.waitFor();
    expect(await seriousAccessibilityViolations(receiverPage)).toEqual([]);
    await screenshotAtBothWidths(receiverPage, 'seats-offer-for-me');
    await offer.getByRole('button', { name: 'Platz übernehmen' }).click();
    await receiverPage.getByText('Du bist dabei.').waitFor();

    const statuses: { user_id: string; status: string }[] = await database(api).query(
      `SELECT user_id, status FROM rsvp WHERE meetup_id = $1`,
      [meetup.id],
    );
    expect(Object.fromEntries(statuses.map((row) => [row.user_id, row.status]))).toEqual({
      [giver.id]: 'not_going',
      [receiver.id]: 'going',
      [stranger.id]: 'waitlisted',
    });
  });

  it('keeps newcomer seats from the meetup form, saying before saving when they do not fit', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: null });
    const page = await openPageAs(browser, api, contexts, organiser, { viewport: VIEWPORTS.phone });
    await page.goto(`${api.url}/m/${meetup.id}/edit`);
    await page.getByLabel('Seats for newcomers').fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Seats for newcomers: a whole number from 0 up to the number of seats').waitFor();
    expect(await page.getByLabel('Seats for newcomers').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Seats for newcomers').scrollIntoViewIfNeeded();
    await screenshotAtBothWidths(page, 'seats-newcomer-form');

    await page.getByLabel('Seats', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('3 seats are kept for people who know nobody here yet.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/m/${meetup.id}`);
    await screenshotAtBothWidths(page, 'seats-newcomer-meetup');
  });
});
