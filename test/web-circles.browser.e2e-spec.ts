// Circles in a real chromium against the real API: an organiser founds a circle and a meetup in it, a member joins
// from the circle page and RSVPs, and a second member sees whom they know there before joining.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  imagesLoaded,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { photo } from './support/images.js';
import { NEXT_YEAR } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { makeContacts } from './support/social.js';
import { until } from './support/until.js';

describe('circles in the browser', () => {
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
    account?: TestMember,
    options: { viewport?: { width: number; height: number }; language?: 'de' | 'en' } = {},
  ) =>
    openPageAs(browser, api, contexts, account, {
      viewport: options.viewport ?? VIEWPORTS.desktop,
      timezoneId: 'Europe/Berlin',
      language: options.language,
    });

  it('takes a circle from founding to a member going to its meetup, and shows whom you know in it', async () => {
    const organiser = await makeMember(api, { role: 'organiser', displayName: 'Olga Orga' });
    const member = await makeMember(api, { displayName: 'Mara Mitglied' });
    const friend = await makeMember(api, { displayName: 'Fiete Freund' });
    await makeContacts(api, member, friend);
    const slug = `karriere-${Date.now().toString(36)}`;

    // The organiser founds the circle; the form says what is wrong beside the field before anything is sent.
    const organising = await browserFor(organiser);
    await organising.goto(`${api.url}/circles/new`);
    await organising.getByLabel('Name', { exact: true }).fill('Karriereexperten Hamburg');
    await organising.getByLabel('Address').fill('No Capitals Here!');
    await organising.getByRole('button', { name: 'Found the circle' }).click();
    await organising.locator('[data-field-error="slug"]').waitFor();
    expect(await organising.locator('[data-field-error="city"]').count()).toBe(1);
    expect(await seriousAccessibilityViolations(organising)).toEqual([]);
    await screenshotAtBothWidths(organising, 'circle-new');
    await organising.getByLabel('Address').fill(slug);
    await organising.getByLabel('City').fill('Hamburg');
    await organising.getByLabel('Topics').fill('Karriere, HR');
    await organising.getByLabel('Description').fill('Wir treffen uns **jeden Monat**.');
    await organising.getByRole('button', { name: 'Found the circle' }).click();
    await organising.getByRole('heading', { level: 1, name: 'Karriereexperten Hamburg' }).waitFor();
    expect(new URL(organising.url()).pathname).toBe(`/c/${slug}`);
    await organising.getByText('You run this circle.').waitFor();

    // ... and a meetup in it, published from its page.
    await organising.getByRole('link', { name: 'New meetup in this circle' }).click();
    await organising.getByLabel('Title').fill('Winter-Treffen');
    await organising.getByLabel('City').fill('Hamburg');
    await organising.getByLabel('Starts').fill(`${NEXT_YEAR}-12-03T18:30`);
    await organising.getByLabel('Ends').fill(`${NEXT_YEAR}-12-03T21:00`);
    await organising.getByLabel('Time zone').selectOption('Europe/Berlin');
    await organising.getByRole('button', { name: 'Create draft' }).click();
    await organising.getByRole('heading', { level: 1, name: 'Winter-Treffen' }).waitFor();
    await organising.getByRole('button', { name: 'Publish' }).click();
    await organising.getByRole('button', { name: "I'm going" }).waitFor();

    // A member joins from the circle page, on a phone, and RSVPs to the circle's meetup.
    const joining = await browserFor(member, { viewport: VIEWPORTS.phone });
    await joining.goto(`${api.url}/c/${slug}`);
    await joining.getByText('Nobody you know online is a member yet.').waitFor();
    await joining.getByRole('button', { name: 'Join the circle' }).click();
    await joining.getByText('You are a member.').waitFor();
    await joining.getByText('2 members').waitFor();
    await joining.getByRole('link', { name: 'Winter-Treffen' }).click();
    await joining.getByRole('button', { name: "I'm going" }).click();
    await joining.getByRole('button', { name: 'Withdraw my RSVP' }).waitFor();

    // A second member, who knows the first online, sees so before joining.
    const looking = await browserFor(friend);
    await looking.goto(`${api.url}/c/${slug}`);
    await looking.getByRole('heading', { name: '1 person you know is a member' }).waitFor();
    await looking.getByRole('link', { name: 'Mara Mitglied' }).waitFor();
    expect(await looking.locator('.rich-text strong').textContent()).toBe('jeden Monat');
    expect(await seriousAccessibilityViolations(looking)).toEqual([]);
    await screenshotAtBothWidths(looking, 'circle-page');

    // The organiser sees the member with the meetup they are going to.
    await organising.goto(`${api.url}/c/${slug}/manage`);
    const row = organising.getByRole('row', { name: /Mara Mitglied/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1');
    // ... and puts up a cover and a logo, which the circle's page shows.
    await organising.getByLabel('Upload a cover').setInputFiles({
      name: 'cover.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo('#2a9d8f', 1600, 800),
    });
    await organising.getByRole('button', { name: 'Remove the cover' }).waitFor();
    await organising.getByLabel('Upload a logo').setInputFiles({
      name: 'logo.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo('#c8553d', 600, 600),
    });
    await organising.getByRole('button', { name: 'Remove the logo' }).waitFor();
    expect(await seriousAccessibilityViolations(organising)).toEqual([]);
    await screenshotAtBothWidths(organising, 'circle-manage');
    await organising.goto(`${api.url}/c/${slug}`);
    await organising.locator('img.cover').waitFor();
    await imagesLoaded(organising);
    await screenshotAtBothWidths(organising, 'circle-page-with-images');
  }, 120_000);

  it('lets organisers approve a request with its answer, in German too', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const asker = await makeMember(api, { displayName: 'Anna Anfrage' });
    const circle = await makeCircle(api, organiser, {
      name: 'Geschlossene Runde',
      joinPolicy: 'approval',
      joinQuestion: 'Was machst du beruflich?',
    });

    const asking = await browserFor(asker, { language: 'de' });
    await asking.goto(`${api.url}/c/${circle.slug}`);
    await asking.getByLabel('Was machst du beruflich?').fill('Recruiterin');
    await asking.getByRole('button', { name: 'Beitritt anfragen' }).click();
    await asking.getByText('Deine Anfrage wartet auf das Orga-Team.').waitFor();

    const deciding = await browserFor(organiser, { language: 'de', viewport: VIEWPORTS.phone });
    await deciding.goto(`${api.url}/c/${circle.slug}/manage`);
    await deciding.getByText('Recruiterin').waitFor();
    expect(await seriousAccessibilityViolations(deciding)).toEqual([]);
    await screenshotAtBothWidths(deciding, 'circle-requests-de');
    await deciding.getByRole('button', { name: 'Aufnehmen' }).click();
    await deciding.getByText('Keine Anfragen warten.').waitFor();
    const row = deciding.getByRole('row', { name: /Anna Anfrage/ });
    await row.waitFor();

    // The owner makes her co-organiser, in a dialog that says what removing and banning mean.
    await deciding.getByRole('button', { name: 'Anna Anfrage verwalten' }).click();
    const dialog = deciding.getByRole('dialog', { name: 'Anna Anfrage' });
    expect(await seriousAccessibilityViolations(deciding)).toEqual([]);
    await screenshotAtBothWidths(deciding, 'circle-member-actions-de');
    await dialog.getByRole('button', { name: 'Zur Mit-Orga machen' }).click();
    await row.getByText('Mit-Orga').waitFor();

    // ... and renames the circle.
    await deciding.goto(`${api.url}/c/${circle.slug}/edit`);
    expect(await deciding.getByLabel('Name', { exact: true }).inputValue()).toBe('Geschlossene Runde');
    await deciding.getByLabel('Name', { exact: true }).fill('Offene Runde');
    await deciding.getByRole('button', { name: 'Speichern' }).click();
    await deciding.getByRole('heading', { level: 1, name: 'Offene Runde' }).waitFor();
  }, 60_000);

  it('lists public circles on the guest page and on a member’s profile', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const member = await makeMember(api);
    const circle = await makeCircle(api, organiser, { name: `Sichtbar ${Date.now()}` });
    await joinCircle(api, member, circle.slug).expect(200);

    const guest = await browserFor();
    await guest.goto(`${api.url}/circles`);
    await guest.getByRole('link', { name: circle.name as string }).waitFor();

    const viewer = await browserFor(organiser);
    await viewer.goto(`${api.url}/p/${member.handle}`);
    await viewer.getByRole('heading', { name: 'Circles' }).waitFor();
    await viewer.getByRole('link', { name: circle.name as string }).waitFor();

    // The member takes it off their profile from the circle's page.
    const own = await browserFor(member);
    await own.goto(`${api.url}/c/${circle.slug}`);
    const shown = own.getByLabel('Show this circle on my profile');
    expect(await shown.isChecked()).toBe(true);
    await shown.uncheck();
    await until(
      async () =>
        (
          await api
            .http()
            .get(`/api/v1/profiles/${member.handle}/circles`)
            .set('Authorization', organiser.bearer)
        ).body.items.length === 0,
      { what: 'the circle to leave the profile' },
    );
    await own.reload();
    expect(await own.getByLabel('Show this circle on my profile').isChecked()).toBe(false);
    expect(await seriousAccessibilityViolations(own)).toEqual([]);
    await screenshotAtBothWidths(own, 'circle-page-member');
  }, 60_000);
});
