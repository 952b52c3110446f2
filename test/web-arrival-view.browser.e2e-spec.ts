// The hosts' side at the door in a real chromium: the arrival view on a phone and a desktop, updating by itself as
// people check in; the room in bands and the name badges on the host tools, the PDF read back and drawn.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  imagesLoaded,
  launchBrowser,
  openPageAs,
  SCREENSHOTS,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { checkIn, seatFor } from './support/door.js';
import { photo, portrait, uploadPhoto } from './support/images.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';
import { readPdf, renderPdfPage } from './support/pdf.js';
import { makeContacts } from './support/social.js';

describe('the room at the door in the browser', () => {
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

  const pageFor = (
    account: TestMember,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
    language: 'de' | 'en' = 'en',
  ) => openPageAs(browser, api, contexts, account, { viewport, timezoneId: 'Europe/Berlin', language });

  /** A meetup with Anna and Ben (who know each other) and Carla (who knows neither) going, nobody checked in. */
  async function doorScene() {
    const organiser = await makeMember(api, { role: 'organiser', displayName: 'Olga Organiser' });
    const [anna, ben, carla] = [
      await makeMember(api, { displayName: 'Anna Schröder' }),
      await makeMember(api, { displayName: 'Ben Müller-Lüdenscheidt' }),
      await makeMember(api, { displayName: 'Carla Quiet' }),
    ];
    await makeContacts(api, anna, ben);
    await uploadPhoto(api, anna, await portrait()).expect(200);
    await uploadPhoto(api, ben, await photo('#2a9d8f')).expect(200);
    const meetup = await makeMeetup(api, organiser);
    const codes = {
      anna: await seatFor(api, anna, meetup.id),
      ben: await seatFor(api, ben, meetup.id),
      carla: await seatFor(api, carla, meetup.id),
    };
    return { organiser, meetup, codes };
  }

  /** The card of the arrival of this name (other cards may name them among whom they know). */
  const arrival = (page: Page, name: string) =>
    page.locator('li.arrival').filter({ has: page.locator('.arrival__name', { hasText: name }) });

  it('shows each arrival by itself on a phone, whom they know here, and who knows nobody yet', async () => {
    const { organiser, meetup, codes } = await doorScene();
    const page = await pageFor(organiser, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}/arrivals`);
    await page.getByRole('heading', { name: 'Who just arrived' }).waitFor();
    await page.getByText('Nobody has checked in yet.').waitFor();

    // Checked in at another screen (the door's scanner): this page learns of it by itself.
    await checkIn(api, organiser, meetup.id, codes.anna);
    await arrival(page, 'Anna Schröder').getByText('Knows nobody here yet').waitFor();
    await checkIn(api, organiser, meetup.id, codes.ben);
    await checkIn(api, organiser, meetup.id, codes.carla);
    await page.getByText('3 people are here').waitFor();
    await arrival(page, 'Anna Schröder').getByText('Knows here:').waitFor();

    const names = await page.locator('li.arrival .arrival__name').allTextContents();
    expect(names).toEqual(['Carla Quiet', 'Ben Müller-Lüdenscheidt', 'Anna Schröder']);
    expect(await arrival(page, 'Ben Müller-Lüdenscheidt').getByText('Anna Schröder').count()).toBe(1);
    expect(await arrival(page, 'Carla Quiet').textContent()).not.toMatch(/Anna|Ben/);
    await expect(arrival(page, 'Carla Quiet').getByText('Knows nobody here yet').isVisible()).resolves.toBe(
      true,
    );
    expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
    await imagesLoaded(page, 'li.arrival img');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'arrival-view');
  });

  it('speaks German to a German host on a desktop', async () => {
    const { organiser, meetup, codes } = await doorScene();
    await checkIn(api, organiser, meetup.id, codes.carla);
    const page = await pageFor(organiser, VIEWPORTS.desktop, 'de');
    await page.goto(`${api.url}/m/${meetup.id}/arrivals`);
    await page.getByRole('heading', { name: 'Wer gerade ankommt' }).waitFor();
    await arrival(page, 'Carla Quiet').getByText('Kennt hier noch niemanden').waitFor();
    await page.getByText('1 Person ist da').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'arrival-view-de-desktop.png'), fullPage: true });
  });

  it('shows the room in bands on the host tools and downloads the badges in the order chosen', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { title: 'Düsseldorf: Größer denken' });
    const people = await makeMembers(api, 11, {
      displayName: (index) => `Gäste ${String(index).padStart(2, '0')}`,
    });
    for (let pair = 0; pair < 3; pair++) await makeContacts(api, people[2 * pair], people[2 * pair + 1]);
    const codes = [];
    for (const person of people) codes.push(await seatFor(api, person, meetup.id));
    await checkIn(api, organiser, meetup.id, codes[7]);
    await checkIn(api, organiser, meetup.id, codes[3]);

    const page = await pageFor(organiser, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByText('5–9 of 11 know at least one other person going').waitFor();
    await page.getByText('2–6 know nobody going yet').waitFor();
    await page.getByLabel('Order').selectOption('arrival');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page
      .locator('#host-tools-heading')
      .locator('..')
      .screenshot({ path: join(SCREENSHOTS, 'room-host-tools-phone.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download badges (PDF)' }).click(),
    ]);
    const path = await download.path();
    const pdf = await readFile(path);
    const pages = await readPdf(pdf);
    expect(pages).toHaveLength(2);
    const printed = pages.flatMap((sheet) => sheet.texts.filter((text) => text.startsWith('Gäste ')));
    expect(printed.slice(0, 3)).toEqual(['Gäste 07', 'Gäste 03', 'Gäste 00']);
    expect(printed).toHaveLength(11);
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, 'badges-page-1.png'), (await renderPdfPage(pdf, 1, 1.5)).png);
  });
});
