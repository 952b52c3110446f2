// A circle's series in a real chromium: the organiser makes a monthly series from the meetup form, reads its summary
// before sending, and changes it from one occurrence on; a member joins from the circle's page and RSVPs to the next
// occurrence, and someone who knows that member online sees so on the circle's page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
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
import { makeCircle } from './support/circles.js';
import { makeMember, type TestMember } from './support/members.js';
import { makeContacts } from './support/social.js';

/** The last Thursday of the month that has one at least three days from now, at 19:00 in Berlin. */
function lastThursdayAhead(): DateTime {
  let month = DateTime.now().setZone('Europe/Berlin').plus({ days: 3 }).startOf('month');
  for (;;) {
    let day = month.endOf('month').set({ hour: 19, minute: 0, second: 0, millisecond: 0 });
    while (day.weekday !== 4) day = day.minus({ days: 1 });
    if (day > DateTime.now().plus({ days: 3 })) return day;
    month = month.plus({ months: 1 });
  }
}

describe('series in the browser', () => {
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

  const browserFor = (
    account: TestMember,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
    language?: 'de' | 'en',
  ) => openPageAs(browser, api, contexts, account, { viewport, timezoneId: 'Europe/Berlin', language });

  it('lets an organiser make a monthly series in a circle, a member join and RSVP to the next occurrence, and a contact of hers see that she is in it', async () => {
    const organiser = await makeMember(api, { role: 'organiser', displayName: 'Olga Orga' });
    const member = await makeMember(api, { displayName: 'Mara Mitglied' });
    const friend = await makeMember(api, { displayName: 'Fiete Freund' });
    await makeContacts(api, member, friend);
    const circle = await makeCircle(api, organiser, { name: 'Karriereexperten Hamburg' });
    const first = lastThursdayAhead();

    const organising = await browserFor(organiser);
    await organising.goto(`${api.url}/c/${circle.slug}/meetups/new`);
    await organising.getByLabel('Title').fill('Stammtisch');
    await organising.getByLabel('City').fill('Hamburg');
    await organising.getByLabel('Starts').fill(first.toFormat("yyyy-LL-dd'T'HH:mm"));
    await organising.getByLabel('Ends').fill(first.plus({ hours: 2 }).toFormat("yyyy-LL-dd'T'HH:mm"));
    await organising.getByLabel('Time zone').selectOption('Europe/Berlin');
    await organising.getByRole('combobox', { name: 'How often' }).selectOption('monthlyLast');
    // A count the form knows is wrong is named beside its field before anything is sent.
    await organising.getByLabel('Number of meetups').fill('0');
    await organising.getByRole('button', { name: 'Create series' }).click();
    await organising.locator('[data-field-error="count"]').waitFor();
    await organising.getByLabel('Number of meetups').fill('6');
    await organising
      .getByTestId('series-summary')
      .getByText('every last Thursday of the month, 19:00, 6 times')
      .waitFor();
    expect(await seriousAccessibilityViolations(organising)).toEqual([]);
    await screenshotAtBothWidths(organising, 'series-new');
    await organising.getByRole('button', { name: 'Create series' }).click();
    await organising.getByRole('heading', { level: 1, name: 'Stammtisch' }).waitFor();
    await organising
      .getByRole('heading', { name: 'Part of a series: every last Thursday of the month, 19:00, 6 times' })
      .waitFor();

    // The member joins from the circle's page, on a phone, finds the next occurrence there and is going.
    const joining = await browserFor(member, VIEWPORTS.phone);
    await joining.goto(`${api.url}/c/${circle.slug}`);
    await joining.getByRole('button', { name: 'Join the circle' }).click();
    await joining.getByText('You are a member.').waitFor();
    await joining.getByRole('link', { name: 'Stammtisch' }).first().click();
    await joining.getByText(first.setLocale('en').toFormat('d MMMM'), { exact: false }).first().waitFor();
    await joining.getByRole('button', { name: "I'm going" }).click();
    await joining.getByRole('button', { name: 'Withdraw my RSVP' }).waitFor();
    expect(await seriousAccessibilityViolations(joining)).toEqual([]);
    await screenshotAtBothWidths(joining, 'series-occurrence-member');

    // Someone who knows her online sees, before joining, that one person they know is a member.
    const looking = await browserFor(friend);
    await looking.goto(`${api.url}/c/${circle.slug}`);
    await looking.getByRole('heading', { name: '1 person you know is a member' }).waitFor();
    await looking.getByRole('link', { name: 'Mara Mitglied' }).waitFor();
    // The circle's calendar feed is linked from its page and carries the series.
    const feed = await looking
      .getByRole('link', { name: 'Subscribe in your calendar (.ics)' })
      .getAttribute('href');
    expect((await api.http().get(feed!).expect(200)).text).toContain('SUMMARY:Stammtisch');
    await screenshotAtBothWidths(looking, 'series-circle-page');

    // The organiser moves this and all following to 19:30, in German.
    const changing = await browserFor(organiser, VIEWPORTS.phone, 'de');
    await changing.goto(organising.url());
    await changing.getByLabel('Beginn ab hier').fill('19:30');
    await changing.getByRole('button', { name: 'Dieses und alle folgenden ändern' }).click();
    await changing.getByText('Dieses und alle folgenden Treffen sind geändert.').waitFor();
    expect(await seriousAccessibilityViolations(changing)).toEqual([]);
    await screenshotAtBothWidths(changing, 'series-occurrence-organiser-de');
    const meetupId = new URL(organising.url()).pathname.split('/').at(-1)!;
    const moved = await api.http().get(`/api/v1/meetups/${meetupId}`).set('Authorization', organiser.bearer);
    expect(DateTime.fromISO(moved.body.startsAt).setZone('Europe/Berlin').toFormat('HH:mm')).toBe('19:30');
  }, 120_000);
});
