// The small things on meetup and profile pages that people tripped over: topics in the meetup form, a word after
// publishing, the waitlist button, errors in the user's words, not found for any bad address, readable networks.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  VIEWPORTS,
} from './support/browser.js';
import { makeMeetup, NEXT_YEAR, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { mastodonFollowing } from './support/contact-files.js';
import { addSocialAccount, makeContacts, uploadImport } from './support/social.js';
import { until } from './support/until.js';

describe('meetup and profile details in the browser', () => {
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
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
  ) => openPageAs(browser, api, contexts, account, { viewport, timezoneId: 'Europe/Berlin' });

  it('takes topics in the meetup form as written, and confirms publishing', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const page = await browserFor(organiser, VIEWPORTS.phone);
    await page.goto(`${api.url}/meetups/new`);
    await page.getByLabel('Title').fill('Personaler-Runde');
    await page.getByLabel('Topics').fill('HR, Remote work, hr');
    await page.getByLabel('City').fill('Hamburg');
    await page.getByLabel('Starts').fill(`${NEXT_YEAR}-12-03T18:30`);
    await page.getByLabel('Ends').fill(`${NEXT_YEAR}-12-03T21:00`);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personaler-Runde' }).waitFor();
    const topics = page.getByRole('list', { name: 'Topics' }).getByRole('listitem');
    await topics.first().waitFor();
    expect(await topics.allTextContents()).toEqual(['HR', 'Remote work']);

    await page.getByRole('button', { name: 'Publish' }).click();
    // The confirmation comes as a toast, which screen readers announce.
    await page.getByRole('status').getByText('Published: people can now RSVP.').first().waitFor();
    await page.getByRole('link', { name: 'Edit meetup' }).click();
    // The editor's code comes on demand: the meetup page (with its own "Topics" list) stays until it is there.
    await page.getByRole('heading', { level: 1, name: 'Edit meetup' }).waitFor();
    expect(await page.getByLabel('Topics').inputValue()).toBe('HR, Remote work');
  });

  it("words the meetup form's errors as sentences in the user's language, without field names", async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/meetups/new`);
    await page.getByLabel('Title').fill('Zu spät');
    await page.getByLabel('City').fill('Hamburg');
    await page.getByLabel('Starts').fill(`${NEXT_YEAR}-12-03T18:30`);
    await page.getByLabel('Ends').fill(`${NEXT_YEAR}-12-03T17:00`);
    await page.getByRole('button', { name: 'Create draft' }).click();
    const endsAt = page.locator('[data-field-error="endsAt"]');
    await endsAt.getByText('The end must be after the start.').waitFor();

    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', organiser.bearer)
      .send({ language: 'de' })
      .expect(200);
    await page.goto(`${api.url}/meetups/new`);
    await page.getByLabel('Titel').fill('Zu spät');
    await page.getByLabel('Stadt').fill('Hamburg');
    await page.getByLabel('Beginn').fill(`${NEXT_YEAR}-12-03T18:30`);
    await page.getByLabel('Ende').fill(`${NEXT_YEAR}-12-03T17:00`);
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await endsAt.getByText('Das Ende muss nach dem Beginn liegen.').waitFor();
    expect(await page.locator('[data-field-error]').allTextContents()).not.toContainEqual(
      expect.stringMatching(/startsAt|endsAt/),
    );
  });

  it('offers "Join the waitlist" instead of "I\'m going" once the last seat is taken', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    await rsvp(api, await makeMember(api), meetup.id).expect(200);
    const page = await browserFor(await makeMember(api), VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await page.getByText("You're number 1 on the waitlist.", { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: "I'm going" }).count()).toBe(0);
  });

  it('names the RSVP section in German for a German reader', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const page = await browserFor(await makeMember(api));
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByLabel('Language').selectOption('de');
    await page
      .getByRole('region', { name: 'Deine Zusage' })
      .getByRole('button', { name: 'Ich komme' })
      .waitFor();
    expect(await page.getByText('RSVP', { exact: true }).count()).toBe(0);
  });

  it("makes the language a member picks in the footer their profile's language, which their mails speak", async () => {
    const member = await makeMember(api);
    const page = await browserFor(member);
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', member.bearer)
      .send({ language: 'de' })
      .expect(200);
    await page.goto(`${api.url}/`);
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByLabel('Language').waitFor();
    const profileLanguage = async () =>
      (await api.http().get('/api/v1/me/profile').set('Authorization', member.bearer).expect(200)).body
        .language as string;
    await until(async () => (await profileLanguage()) === 'en', {
      what: 'the profile language to be English',
    });
    await page.reload();
    await page.getByLabel('Language').waitFor();
  });

  it('says "not found" for a meetup address that is no meetup id at all', async () => {
    const page = await browserFor(await makeMember(api));
    await page.goto(`${api.url}/m/not-a-meetup`);
    await page.getByRole('heading', { level: 1, name: 'Meetup not found' }).waitFor();
  });

  it("names a member's networks and links their accounts on their profile", async () => {
    const sabine = await makeMember(api, { displayName: 'Sabine Social' });
    await addSocialAccount(api, sabine, 'mastodon', '@sabine@mastodon.social').expect(201);
    await addSocialAccount(api, sabine, 'bluesky', 'sabine.bsky.social').expect(201);
    const page = await browserFor(await makeMember(api));
    await page.goto(`${api.url}/p/${sabine.handle}`);
    const mastodon = page.getByRole('link', { name: '@sabine@mastodon.social' });
    expect(await mastodon.getAttribute('href')).toBe('https://mastodon.social/@sabine');
    const bluesky = page.getByRole('link', { name: '@sabine.bsky.social' });
    expect(await bluesky.getAttribute('href')).toBe('https://bsky.app/profile/sabine.bsky.social');
    await page.getByText('Mastodon / fediverse:', { exact: false }).waitFor();
    expect(await page.getByText('mastodon:', { exact: false }).count()).toBe(0);
  });

  it('introduces the people one knows on the meetup page with bio, accounts, shared topics, and who knows one is coming', async () => {
    const reader = await makeMember(api, { profile: { topics: ['HR'], introductions: 'everyone' } });
    const sabine = await makeMember(api, {
      displayName: 'Sabine Mutual',
      profile: { topics: ['hr', 'Kubernetes'], bio: 'Recruiter in Hamburg.\nNot this line.' },
    });
    const sabineAddress = `sabine-${Date.now()}@chaos.social`;
    await addSocialAccount(api, sabine, 'mastodon', sabineAddress).expect(201);
    const olaf = await makeMember(api, {
      displayName: 'Olaf Oneway',
      profile: { introductions: 'everyone' },
    });
    const olafAddress = `olaf-${Date.now()}@hachyderm.io`;
    await addSocialAccount(api, olaf, 'mastodon', olafAddress).expect(201);
    await makeContacts(api, reader, sabine);
    await uploadImport(api, reader, mastodonFollowing([olafAddress])).expect(201);
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    for (const member of [reader, sabine, olaf]) await rsvp(api, member, meetup.id).expect(200);

    const page = await browserFor(reader, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    const known = page.locator('.people-you-know');
    const sabineItem = known.locator('li', { hasText: 'Sabine Mutual' });
    await sabineItem.getByText('Recruiter in Hamburg.').waitFor();
    expect(await sabineItem.getByText('Not this line.').count()).toBe(0);
    const [user, instance] = sabineAddress.split('@');
    expect(await sabineItem.getByRole('link', { name: `@${sabineAddress}` }).getAttribute('href')).toBe(
      `https://${instance}/@${user}`,
    );
    await sabineItem.getByText('You both care about hr').waitFor();
    await sabineItem.getByText("Sabine Mutual knows you're coming too.").waitFor();
    const olafItem = known.locator('li', { hasText: 'Olaf Oneway' });
    await olafItem.waitFor();
    expect(await olafItem.getByText('knows you', { exact: false }).count()).toBe(0);
    // How the reader knows each, in words: contacts here; Olaf's account is only claimed, so no network is named.
    await sabineItem.getByText('You follow each other here').waitFor();
    expect(await olafItem.getByText('You follow', { exact: false }).count()).toBe(0);
    expect(await olafItem.getByText('follows you', { exact: false }).count()).toBe(0);
    await screenshotAtBothWidths(page, 'door-people-you-know');
  });
});
