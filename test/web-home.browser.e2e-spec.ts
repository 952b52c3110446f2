// The member's home page in a real chromium: upcoming meetups near them, by topic, and how many people they know
// are going to each.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
} from './support/browser.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeContacts } from './support/social.js';
import { makeMember } from './support/members.js';

describe('the home page in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
  });

  it('lists meetups in my city with how many people I know are going, and filters by topic and by whom I know', async () => {
    const city = `Neustadt-${Date.now()}`;
    const organiser = await makeMember(api, { role: 'organiser' });
    const me = await makeMember(api, { profile: { homeCity: city, topics: ['career'] } });
    const [anna, carla] = await Promise.all([makeMember(api), makeMember(api)]);
    await Promise.all([makeContacts(api, me, anna), makeContacts(api, me, carla)]);
    const careerEvening = await makeMeetup(api, organiser, {
      city,
      title: 'Career evening',
      topics: ['career'],
    });
    await makeMeetup(api, organiser, { city, title: 'Design breakfast', topics: ['design'] });
    await makeMeetup(api, organiser, { city: `${city}-elsewhere`, title: 'Far away meetup' });
    for (const member of [anna, carla]) await rsvp(api, member, careerEvening.id).expect(200);

    const page = await openPageAs(browser, api, contexts, me);
    await page.goto(`${api.url}/`);
    const items = page.getByRole('region', { name: 'Upcoming meetups' }).locator('.meetup-card');
    await items.first().waitFor();
    expect(await page.getByLabel('City').inputValue()).toBe(city);
    expect(await items.allTextContents()).toEqual([
      expect.stringContaining('Career evening'),
      expect.stringContaining('Design breakfast'),
    ]);
    expect(await items.first().textContent()).toContain('2 people you know are going');
    expect(await items.last().textContent()).not.toContain('you know');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'home-meetups');

    await page.getByLabel('Topic').fill('design');
    await page.getByRole('button', { name: 'Show meetups' }).click();
    await page.getByText('Career evening').waitFor({ state: 'detached' });
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([expect.stringContaining('Design breakfast')]);

    await page.getByLabel('Topic').fill('');
    await page.getByLabel('Only where people I know are going').check();
    await page.getByRole('button', { name: 'Show meetups' }).click();
    await page.getByText('Design breakfast').waitFor({ state: 'detached' });
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([expect.stringContaining('Career evening')]);

    await page.getByLabel('City').fill(`${city}-nowhere`);
    await page.getByRole('button', { name: 'Show meetups' }).click();
    await page.getByText('No upcoming meetups match.').waitFor();
  });
});
