// Buddies, "I'd like to meet you" and "we met" on a phone, in a real chromium: two attendees tick, mark and confirm
// each other on the meetup page; the marks show only once both sides set them; the mail's "follow all" link works.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { makeMember, type TestMember } from './support/members.js';
import { checkIn } from './support/networking.js';
import { until } from './support/until.js';

describe('meeting people at a meetup, on a phone', () => {
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

  const phoneFor = (account?: TestMember) =>
    openPageAs(browser, api, contexts, account, { viewport: VIEWPORTS.phone, timezoneId: 'Europe/Berlin' });
  const fitsThePhone = async (page: Page) =>
    expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);

  /** Starts in half an hour, so the doors are open and "we met" can follow a check-in. */
  async function meetupFor(...people: TestMember[]) {
    const host = await makeMember(api, { role: 'organiser' });
    const startsAt = new Date(Date.now() + 30 * 60_000);
    const meetup = await makeMeetup(api, host, {
      title: 'UX Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    });
    for (const person of people) await rsvp(api, person, meetup.id).expect(200);
    return { id: meetup.id, venueCode: meetup.venueCheckInCode as string, host };
  }

  it('ticks a buddy, marks a wish that shows only once mutual, and confirms "we met" after check-in', async () => {
    const anna = await makeMember(api, { displayName: 'Anna Andersen' });
    const ben = await makeMember(api, { displayName: 'Ben Becker' });
    const meetup = await meetupFor(anna, ben);
    const annas = await phoneFor(anna);
    const bens = await phoneFor(ben);
    await annas.goto(`${api.url}/m/${meetup.id}`);
    await bens.goto(`${api.url}/m/${meetup.id}`);

    await annas.getByRole('heading', { name: 'Meeting people there' }).waitFor();
    await annas.getByRole('radio', { name: "I'll welcome someone" }).check();
    await until(
      async () =>
        (await api.http().get(`/api/v1/meetups/${meetup.id}/buddy`).set('Authorization', anna.bearer)).body
          .choice === 'welcome',
      { what: "Anna's buddy choice saved" },
    );
    expect(
      await annas.getByText('Once you have checked in, you can confirm here whom you met.').count(),
    ).toBe(1);
    expect(await annas.getByRole('button', { name: 'We met: Ben Becker' }).count()).toBe(0);

    const annaWishes = annas.getByRole('button', { name: "I'd like to meet Ben Becker" });
    await annaWishes.click();
    await until(async () => (await annaWishes.getAttribute('aria-pressed')) === 'true', {
      what: "Anna's mark",
    });
    // One-sided: Ben's page, read again, shows nothing of it.
    await bens.reload();
    const benWishes = bens.getByRole('button', { name: "I'd like to meet Anna Andersen" });
    await benWishes.waitFor();
    expect(await benWishes.getAttribute('aria-pressed')).toBe('false');
    expect(await bens.getByText('You both want to meet').count()).toBe(0);

    await benWishes.click();
    await bens.getByText('You both want to meet').waitFor();
    await annas.reload();
    await annas.getByText('You both want to meet').waitFor();
    await fitsThePhone(annas);
    expect(await seriousAccessibilityViolations(annas)).toEqual([]);
    await screenshotAtBothWidths(annas, 'networking-wishes');

    for (const person of [anna, ben]) await checkIn(api, person, meetup.id, meetup.venueCode);
    await annas.reload();
    await annas.getByRole('button', { name: 'We met: Ben Becker' }).click();
    await bens.reload();
    await bens.getByRole('button', { name: 'We met: Anna Andersen' }).click();
    await bens.getByText('You met in person').waitFor();
    await annas.reload();
    await annas.getByText('You met in person').waitFor();
    await fitsThePhone(annas);
    expect(await seriousAccessibilityViolations(annas)).toEqual([]);
    await screenshotAtBothWidths(annas, 'networking-we-met');

    // The host sees the outcome on the host tools, in numbers only.
    const hosts = await phoneFor(meetup.host);
    await hosts.goto(`${api.url}/m/${meetup.id}`);
    const outcome = hosts.getByTestId('meeting-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe(
      '1 pair met in person so far. How many of them knew each other only online shows from five pairs on.',
    );
    expect(await hosts.getByText('Ben Becker').count()).toBe(0);
    await fitsThePhone(hosts);
    expect(await seriousAccessibilityViolations(hosts)).toEqual([]);
    await screenshotAtBothWidths(hosts, 'networking-host-outcome');
  });

  it("follows everyone met from the mail's link, after logging in", async () => {
    const cem = await makeMember(api, { displayName: 'Cem Cafe' });
    const dana = await makeMember(api, { displayName: 'Dana Dorf' });
    const meetup = await meetupFor(cem, dana);
    for (const person of [cem, dana]) await checkIn(api, person, meetup.id, meetup.venueCode);
    for (const [from, to] of [
      [cem, dana],
      [dana, cem],
    ])
      await api
        .http()
        .put(`/api/v1/meetups/${meetup.id}/we-met/${to.id}`)
        .set('Authorization', from.bearer)
        .expect(204);
    const link = `${api.url}/m/${meetup.id}/we-met/follow-all`;

    await api.http().patch('/api/v1/me/profile').set('Authorization', cem.bearer).send({ language: 'en' });
    // Opened from the mail in a browser that is not logged in: log in, come back, and everyone met is followed.
    const page = await phoneFor();
    await page.goto(link);
    await page.locator('#main').getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('E-mail address').fill(cem.email);
    await page.getByLabel('Password').fill(cem.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Done: you follow the 1 person you met.').waitFor();
    expect(page.url()).toBe(link);
    const follows = await database(api).query(`SELECT followee_id FROM follow WHERE follower_id = $1`, [
      cem.id,
    ]);
    expect(follows).toEqual([{ followee_id: dana.id }]);
    await fitsThePhone(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'networking-follow-all');
  });
});
