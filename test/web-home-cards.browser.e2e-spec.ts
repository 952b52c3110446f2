// The home page as cards in a real chromium, at phone and desktop width: a guest sees upcoming public meetups near
// them (the city guessed from the browser's time zone, or chosen and remembered), with covers and the faces of
// people going; a member sees "Your meetups" (going, waitlist, hosting) above the meetups to discover.
// With UPDATE_DOCS_SCREENSHOTS=1 also writes docs/home-{guest,member}-{en,de}-{phone,desktop}.png.
import { randomBytes } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  SCREENSHOTS,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { coverPicture, portrait, uploadCover, uploadPhoto } from './support/images.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

const DAY = 24 * 60 * 60 * 1000;
const PORTRAITS: [string, string, string][] = [
  ['#8ecae6', '#f1c27d', '#3d2b1f'],
  ['#ffb703', '#e0ac69', '#1b1b1b'],
  ['#a8dadc', '#c68642', '#2b1a10'],
  ['#f4a261', '#ffdbac', '#b5651d'],
  ['#cdb4db', '#8d5524', '#0f0f0f'],
];

describe('the home page as cards', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const token = randomBytes(3).toString('hex');

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
  });

  /** Members shown to everyone (so that guests see their faces), each with a drawn portrait. */
  const attendees = async (count: number): Promise<TestMember[]> => {
    const members: TestMember[] = [];
    for (let n = 0; n < count; n += 1) {
      const member = await makeMember(api, {
        displayName: ['Anna Berg', 'Carla Diaz', 'Jonas Weber', 'Mia Sato', 'Ole Hansen', 'Lea Vogt'][n % 6],
        profile: { profileVisibility: 'everyone' },
      });
      if (n % 6 !== 5) await uploadPhoto(api, member, await portrait(...PORTRAITS[n % 5])).expect(200);
      members.push(member);
    }
    return members;
  };

  const inDays = (days: number, hour = 18) => {
    const startsAt = new Date(Date.now() + days * DAY);
    startsAt.setUTCHours(hour - 1, 30, 0, 0);
    return {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2.5 * 60 * 60 * 1000).toISOString(),
    };
  };

  const screenshots = async (page: Page, name: string) => {
    await screenshotAtBothWidths(page, name);
    if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
    for (const width of Object.keys(VIEWPORTS)) {
      await copyFile(join(SCREENSHOTS, `${name}-${width}.png`), join('docs', `${name}-${width}.png`));
    }
  };

  const cardTitled = (page: Page, title: string) => page.locator('.meetup-card', { hasText: title });

  it('shows a guest upcoming meetups in the city of their time zone, with covers and faces, and another city on request', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Silke Hamann' });
    const people = await attendees(6);
    const evening = await makeMeetup(api, host, {
      city: 'Berlin',
      title: 'Career evening',
      venueName: 'Betahaus',
      topics: ['Career'],
      ...inDays(3),
    });
    await uploadCover(api, host, evening.id, await coverPicture()).expect(200);
    for (const member of people) await rsvp(api, member, evening.id).expect(200);
    const breakfast = await makeMeetup(api, host, {
      city: 'Berlin',
      title: 'Design breakfast',
      venueName: 'Café Liebling',
      topics: ['Design'],
      ...inDays(5, 9),
    });
    for (const member of people.slice(0, 2)) await rsvp(api, member, breakfast.id).expect(200);
    const elsewhere = 'Freiburg';
    await makeMeetup(api, host, {
      city: elsewhere,
      title: 'Harbour walk',
      venueName: 'Kiellinie',
      ...inDays(4),
    });

    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const page = await openPageAs(browser, api, contexts, undefined, {
        viewport,
        timezoneId: 'Europe/Berlin',
      });
      await page.goto(`${api.url}/`);
      await page.getByRole('heading', { level: 2, name: 'Upcoming meetups in Berlin' }).waitFor();
      expect(await page.getByRole('link', { name: 'Sign up' }).count()).toBeGreaterThan(0);

      const card = cardTitled(page, 'Career evening');
      await card.waitFor();
      expect(await card.locator('img.meetup-card__cover').getAttribute('src')).toMatch(
        /^\/api\/v1\/media\/cover-/,
      );
      expect(await card.locator('img.face').count()).toBe(5);
      expect(
        await card
          .getByRole('img', { name: 'Anna Berg, Carla Diaz, Jonas Weber, Mia Sato, Ole Hansen' })
          .count(),
      ).toBe(1);
      expect(await card.textContent()).toContain('6 going');
      expect(await card.textContent()).toContain('Betahaus, Berlin');
      // A meetup without a cover gets a generated one, not a hole.
      expect(await cardTitled(page, 'Design breakfast').locator('div.meetup-card__cover').count()).toBe(1);
      expect(await page.getByText('Harbour walk').count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      if (width === 'desktop') await screenshots(page, 'home-guest-en');

      await page.getByLabel('City').selectOption(elsewhere);
      await cardTitled(page, 'Harbour walk').waitFor();
      expect(await page.getByText('Career evening').count()).toBe(0);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: `Upcoming meetups in ${elsewhere}` }).waitFor();
      await cardTitled(page, 'Harbour walk').waitFor();
    }

    const german = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    contexts.push(german);
    const page = await german.newPage();
    await page.goto(`${api.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Kommende Treffen in Berlin' }).waitFor();
    await cardTitled(page, 'Career evening').locator('img.meetup-card__cover').waitFor();
    await screenshots(page, 'home-guest-de');
  });

  it('tells a guest when their city has no meetups yet and shows the ones everywhere', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    await makeMeetup(api, host, { city: `Rostock ${token}`, title: 'Somewhere else', ...inDays(2) });
    const page = await openPageAs(browser, api, contexts, undefined, {
      viewport: VIEWPORTS.phone,
      timezoneId: 'America/Argentina/Ushuaia',
    });
    await page.goto(`${api.url}/`);
    await page
      .getByText('No upcoming meetups in Ushuaia yet. Here are the upcoming ones everywhere.')
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Upcoming meetups everywhere' }).waitFor();
    // The list loads after the heading that names it.
    await page.locator('.meetup-card').first().waitFor();
  });

  it('shows a member "Your meetups" (going, waitlist, hosting) above the meetups to discover', async () => {
    const other = await makeMember(api, { role: 'organiser', displayName: 'Jonas Weber' });
    const me = await makeMember(api, {
      role: 'organiser',
      displayName: 'Natalie Brandt',
      profile: { homeCity: 'Lübeck' },
    });
    const people = await attendees(4);
    const going = await makeMeetup(api, other, {
      city: 'Lübeck',
      title: 'Product night',
      venueName: 'Betahaus',
      ...inDays(2),
    });
    await uploadCover(api, other, going.id, await coverPicture()).expect(200);
    for (const member of [...people, me]) await rsvp(api, member, going.id).expect(200);
    const full = await makeMeetup(api, other, {
      city: 'Lübeck',
      title: `Founders' breakfast`,
      capacity: 2,
      venueName: 'Mutterland',
      ...inDays(6, 9),
    });
    for (const member of [...people.slice(0, 2), me]) await rsvp(api, member, full.id).expect(200);
    await makeMeetup(api, me, {
      city: 'Lübeck',
      title: 'Career evening',
      venueName: 'Karolinenviertel',
      ...inDays(9),
    });
    await makeMeetup(api, other, {
      city: 'Lübeck',
      title: 'Open data meetup',
      venueName: 'Hafenschuppen',
      ...inDays(12),
    });

    for (const viewport of Object.values(VIEWPORTS)) {
      const page = await openPageAs(browser, api, contexts, me, { viewport });
      await page.goto(`${api.url}/`);
      const yours = page.getByRole('region', { name: 'Your meetups' });
      await yours.getByRole('heading', { level: 3, name: 'Hosting' }).waitFor();
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
        'Your meetups',
        'Upcoming meetups',
        'Circles near you',
      ]);
      expect(await yours.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
        'Going',
        'On the waitlist',
        'Hosting',
      ]);
      const section = (name: string) => yours.getByRole('region', { name });
      expect(await section('Going').textContent()).toContain('Product night');
      expect(await section('On the waitlist').textContent()).toContain('Waitlist: place 1');
      expect(await section('Hosting').textContent()).toContain('Career evening');
      expect(await yours.textContent()).not.toContain('Open data meetup');
      const discover = page.getByRole('region', { name: 'Upcoming meetups' });
      await cardTitled(page, 'Open data meetup').waitFor();
      expect(await discover.textContent()).toContain('Open data meetup');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }

    const page = await openPageAs(browser, api, contexts, me);
    await page.goto(`${api.url}/`);
    await page
      .getByRole('region', { name: 'Your meetups' })
      .getByRole('heading', { name: 'Hosting' })
      .waitFor();
    await cardTitled(page, 'Open data meetup').waitFor();
    await screenshots(page, 'home-member-en');
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', me.bearer)
      .send({ language: 'de' })
      .expect(200);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Deine Treffen' }).waitFor();
    await cardTitled(page, 'Open data meetup').waitFor();
    await screenshots(page, 'home-member-de');
  });

  it('points a member with no meetups of their own to the ones below', async () => {
    const page = await openPageAs(browser, api, contexts, await makeMember(api), {
      viewport: VIEWPORTS.phone,
    });
    await page.goto(`${api.url}/`);
    await page.getByText('You are not going to any upcoming meetup yet.').waitFor();
    await page.getByRole('link', { name: 'Find one below' }).click();
    expect(page.url()).toMatch(/#discover$/);
  });
});
