// The invitation mail's link in a real chromium: it lands on a page that shows the invitation, sends a guest
// through log-in and back, and accepting RSVPs and opens the meetup.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { invitationLink, invite } from './support/invitations.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember } from './support/members.js';

describe('invitation links in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the invitation to a guest, who logs in, comes back, accepts and lands on the meetup as going', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, host, { visibility: 'invite_only', title: 'Invite-only dinner' });
    const guest = await makeMember(api, { profile: { language: 'en' } });
    const created = await invite(api, host, meetup.id, {
      handle: guest.handle,
      personalMessage: 'Come along, <b>Ada</b>!',
    }).expect(201);
    const link = await invitationLink(api, created.body.items[0].id as string);

    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${api.url}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Silke invites you' }).waitFor();
    await page.getByText('Invite-only dinner').waitFor();
    expect(await page.locator('.invitation__message').textContent()).toBe('Come along, <b>Ada</b>!');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('E-mail address').fill(guest.email);
    await page.getByLabel('Password').fill(guest.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Accept and RSVP' }).click();
    await page.getByText("You're going.").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/m/${meetup.id}`);
    await context.close();
  });

  it("declines from the mail's decline link without an account, with one click", async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, host);
    const address = `not-on-neuland-${Date.now()}@example.org`;
    const created = await invite(api, host, meetup.id, { email: address }).expect(201);
    const link = await invitationLink(api, created.body.items[0].id as string);

    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${api.url}${link.pathname}${link.search}&answer=decline`);
    await page.getByText('Not this time?').waitFor();
    const buttons = page.getByRole('main').getByRole('button');
    expect(await buttons.first().textContent()).toBe('Decline');
    await buttons.first().click();
    await page.getByText('You declined. Thank you for letting Silke know.').waitFor();
    const invitations = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/invitations`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(invitations.body.items).toMatchObject([{ status: 'declined' }]);
    await context.close();
  });

  it('says so when the invitation link is not valid', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${api.url}/meetups/${meetup.id}?invitation=not-a-real-token`);
    await page
      .getByRole('heading', { level: 1, name: 'This invitation link is not valid.' })
      .waitFor({ timeout: 10_000 });
    await context.close();
  });
});
