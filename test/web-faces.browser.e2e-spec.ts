// Faces and covers in a real chromium against the real API: I upload my photo and a host a cover, and both show
// wherever people appear (profile, meetup page with its host line and the people I know, attendees, invitation),
// at phone and desktop widths, under the site's Content-Security-Policy.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { coverPicture, portrait, uploadPhoto } from './support/images.js';
import { invitationLink, invite } from './support/invitations.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { makeContacts } from './support/social.js';

describe('faces and covers in the browser', () => {
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

  const browserFor = (account: TestMember, viewport: keyof typeof VIEWPORTS = 'desktop') =>
    openPageAs(browser, api, contexts, account, { viewport: VIEWPORTS[viewport] });

  /** Records what the Content-Security-Policy blocked on the page. */
  const watchCsp = (page: Page) => {
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    return blocked;
  };

  const upload = (page: Page, label: string, bytes: Buffer, name: string) =>
    page.getByLabel(label).setInputFiles({ name, mimeType: 'image/jpeg', buffer: bytes });

  it('uploads my photo in the settings and shows it on my profile, on a phone too', async () => {
    const silke = await makeMember(api, {
      displayName: 'Silke Schröder',
      profile: { headline: 'UX research' },
    });
    for (const viewport of ['phone', 'desktop'] as const) {
      const page = await browserFor(silke, viewport);
      const blocked = watchCsp(page);
      await page.goto(`${api.url}/settings/profile`);
      const label = viewport === 'phone' ? 'Upload a photo' : 'Choose another photo';
      await upload(page, label, await portrait(), 'me.jpg');
      await page.getByText('Choose another photo').waitFor();
      await imagesLoaded(page, '.photo-editor img.face');
      if (viewport === 'desktop') await screenshotAtBothWidths(page, 'media-settings');
      await page.goto(`${api.url}/p/${silke.handle}`);
      await imagesLoaded(page, '.profile__head img.face');
      expect((await page.locator('.profile__head img.face').boundingBox())?.width).toBe(160);
      expect(blocked).toEqual([]);
      if (viewport === 'desktop') {
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshotAtBothWidths(page, 'media-profile');
      }
    }
  }, 60_000);

  it('lets a host upload a cover, and shows it with the faces of the host and the people I know', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Dieter Host' });
    const sabine = await makeMember(api, { displayName: 'Sabine Berger' });
    const natalie = await makeMember(api, { displayName: 'Natalie Wolff' });
    await uploadPhoto(api, host, await portrait('#ffd6a5', '#e0ac69', '#1b1b1b')).expect(200);
    await uploadPhoto(api, natalie, await portrait('#caffbf', '#c68642', '#6f1d1b')).expect(200);
    await makeContacts(api, sabine, natalie);
    const meetup = await makeMeetup(api, host, { title: 'UX Research Hamburg' });
    await rsvp(api, sabine, meetup.id).expect(200);
    await rsvp(api, natalie, meetup.id).expect(200);

    const hostPage = await browserFor(host);
    await hostPage.goto(`${api.url}/m/${meetup.id}`);
    await upload(hostPage, 'Upload a cover image', await coverPicture(), 'hamburg.jpg');
    await imagesLoaded(hostPage, 'img.cover');
    await screenshotAtBothWidths(hostPage, 'media-host-tools');
    await hostPage.goto(`${api.url}/m/${meetup.id}/attendees`);
    await imagesLoaded(hostPage, '.attendee-table img.face');

    for (const viewport of ['phone', 'desktop'] as const) {
      const page = await browserFor(sabine, viewport);
      const blocked = watchCsp(page);
      await page.goto(`${api.url}/m/${meetup.id}`);
      await imagesLoaded(page, 'img.cover');
      await imagesLoaded(page, '.host-line img.face');
      await page.getByRole('link', { name: 'Natalie Wolff' }).waitFor();
      await imagesLoaded(page, '.people-you-know img.face');
      expect(blocked).toEqual([]);
      if (viewport === 'desktop') {
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshotAtBothWidths(page, 'media-meetup');
      }
    }
  }, 90_000);

  it("shows the host's face on the invitation I received", async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Inga Host' });
    const guest = await makeMember(api);
    await uploadPhoto(api, host, await portrait('#bde0fe')).expect(200);
    const meetup = await makeMeetup(api, host);
    const created = await invite(api, host, meetup.id, { handle: guest.handle }).expect(201);
    const link = await invitationLink(api, created.body.items[0].id as string);
    const page = await browserFor(guest, 'phone');
    await page.goto(`${api.url}${link.pathname}${link.search}`);
    await imagesLoaded(page, '.invitation img.face');
  });
});
