// The host's tools in a real chromium against the real API: invitations, the attendee list and its CSV, check-in
// at the door, co-hosts and cancelling, and what a non-host gets on a host page; and clicks that come before the
// code of the page's on-demand parts (the cancel dialog, the account menu) has arrived.
import { readFile } from 'node:fs/promises';
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
import { invite } from './support/invitations.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeContacts } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('host tools in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([
      startApi({
        LOGIN_ATTEMPTS_PER_MINUTE: '1000',
        // Each test has an organiser of its own; two a day lets one of them run out.
        INVITATIONS_PER_ORGANISER_PER_DAY: '2',
      }),
      launchBrowser(),
    ]);
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

  it('invites a member by handle from the invitations page, lists the invitation, and withdraws it', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const silke = await makeMember(api, { displayName: 'Silke Sommer' });
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await page.getByText('No invitations yet.').waitFor();

    await page.getByLabel('Handle', { exact: true }).fill('no-such-member-here');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .locator('[data-field-error="handle"]')
      .getByText('There is no member with this handle.')
      .waitFor();

    await page.getByLabel('Handle', { exact: true }).fill(silke.handle);
    await page.getByLabel('Personal message (optional)').fill('Komm doch mit!');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${silke.handle}.`).waitFor();
    const item = page.locator('.invitation-item', { hasText: 'Silke Sommer' });
    await item.getByText('waiting for an answer').waitFor();

    await page.getByRole('button', { name: 'Withdraw the invitation to Silke Sommer' }).click();
    await item.getByText('withdrawn').waitFor();
    expect(await page.getByRole('button', { name: 'Withdraw the invitation to Silke Sommer' }).count()).toBe(
      0,
    );
  });

  it("shows the API's errors beside the field: an invalid address, and the daily allowance with when to retry", async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}/invitations`);
    await page.getByRole('radio', { name: 'Anyone, by e-mail address' }).check();
    await page.getByLabel('E-mail address', { exact: true }).fill('not an address');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.locator('[data-field-error="email"]').waitFor();
    expect(await page.getByLabel('E-mail address', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await invite(api, organiser, meetup.id, { email: 'jana@example.org' }).expect(201);
    await invite(api, organiser, meetup.id, { email: 'jonas@example.org' }).expect(201);
    await page.getByLabel('E-mail address', { exact: true }).fill('jule@example.org');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const limited = page.locator('[data-field-error="email"]');
    await limited
      .getByText('as many invitations as a day allows. Try again after', { exact: false })
      .waitFor();
    expect(await limited.textContent()).toMatch(/\d\d:\d\d/);
    await page.getByText('jonas@example.org').waitFor();
  });

  it('invites my contacts in a city in one go, and says so when nobody new is left', async () => {
    const city = `Lüneburg-${Date.now()}`;
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const [ines, jonas, elsewhere] = await Promise.all([
      makeMember(api, { displayName: 'Ines', profile: { homeCity: city } }),
      makeMember(api, { displayName: 'Jonas', profile: { homeCity: city } }),
      makeMember(api, { displayName: 'Elsewhere Else', profile: { homeCity: `${city}-elsewhere` } }),
    ]);
    await Promise.all([ines, jonas, elsewhere].map((contact) => makeContacts(api, organiser, contact)));

    const page = await browserFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}/invitations`);
    await page.getByLabel('My contacts who live in a city').check();
    await page.getByLabel('City', { exact: true }).fill(city);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invited 2 people.').waitFor();
    await page.locator('.invitation-item', { hasText: 'Jonas' }).waitFor();
    await page.locator('.invitation-item', { hasText: 'Ines' }).waitFor();
    expect(await page.locator('.invitation-item', { hasText: 'Elsewhere Else' }).count()).toBe(0);

    await page.getByLabel('City', { exact: true }).fill(city);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Nobody new to invite').waitFor();
  });

  it('lists the going and the waitlisted for hosts and downloads them as a formula-safe CSV', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const sneaky = await makeMember(api, { displayName: '=HYPERLINK("http://evil.example","Hi")' });
    const waiting = await makeMember(api, { displayName: 'Wanda Wartend' });
    await rsvp(api, sneaky, meetup.id).expect(200);
    await rsvp(api, waiting, meetup.id).expect(200);

    const page = await browserFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('link', { name: 'Attendees' }).click();
    await page.getByRole('heading', { level: 1, name: 'Attendees' }).waitFor();
    await page.getByText('1 person is going').waitFor();
    await page.getByText('1 on the waitlist').waitFor();
    const waitlist = page.getByRole('table', { name: 'Waitlist' });
    expect(await waitlist.getByRole('row').nth(1).textContent()).toContain('Wanda Wartend');
    expect(await waitlist.getByRole('cell').first().textContent()).toBe('1');
    expect(await page.getByRole('table', { name: 'Going' }).textContent()).toContain('not yet');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'host-attendees');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'name,handle,status,waitlist position,checked in at',
      `"'=HYPERLINK(""http://evil.example"",""Hi"")",${sneaky.handle},going,,`,
      `Wanda Wartend,${waiting.handle},waitlisted,1,`,
      '',
    ]);
  });

  it('shows an empty attendee list as such', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const page = await browserFor(organiser, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}/attendees`);
    await page.getByText('Nobody has RSVPed yet.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
  });

  it('checks a going attendee in by the code typed at the door, and tells an unknown code apart', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const anna = await makeMember(api, { displayName: 'Anna Anders' });
    const ben = await makeMember(api);
    const code = (await rsvp(api, anna, meetup.id).expect(200)).body.checkInCode as string;
    await rsvp(api, ben, meetup.id).expect(200);

    const page = await browserFor(organiser, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('link', { name: 'Check-in at the door' }).click();
    await page.getByText('0 of 2 checked in').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Check-in code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Anna Anders is checked in.').waitFor();
    await page.getByText('1 of 2 checked in').waitFor();
    expect(await page.getByLabel('Check-in code').inputValue()).toBe('');

    await page.getByLabel('Check-in code').fill(code);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Anna Anders was checked in already', { exact: false }).waitFor();

    await page.getByLabel('Check-in code').fill('ZZZZZZZZZZ');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('alert').getByText('Unknown code', { exact: false }).waitFor();
    expect(await page.getByLabel('Check-in code').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('1 of 2 checked in').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'host-check-in');
  });

  it('lets the organiser add a co-host by handle in the editor, who then sees the host tools', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const colleague = await makeMember(api, { displayName: 'Cora Cohost' });
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}/edit`);
    await page.getByText('No co-hosts yet.').waitFor();
    await page.getByLabel("Co-host's handle").fill(`@${colleague.handle}`);
    await page.getByRole('button', { name: 'Add co-host' }).click();
    await page.locator('.co-host-list').getByRole('link', { name: 'Cora Cohost' }).waitFor();

    const coHostPage = await browserFor(colleague);
    await coHostPage.goto(`${api.url}/m/${meetup.id}`);
    await coHostPage.getByRole('link', { name: 'Attendees' }).click();
    await coHostPage.getByRole('heading', { level: 1, name: 'Attendees' }).waitFor();
    await coHostPage.goto(`${api.url}/m/${meetup.id}/edit`);
    await coHostPage.getByText('Only the organiser can name and remove co-hosts.').waitFor();
    expect(await coHostPage.getByRole('button', { name: 'Add co-host' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Remove Cora Cohost as co-host' }).click();
    await page.getByText('No co-hosts yet.').waitFor();
  });

  it("cancels the meetup with a message that the attendees see on the meetup's page", async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const attendee = await makeMember(api);
    await rsvp(api, attendee, meetup.id).expect(200);
    const page = await browserFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('button', { name: 'Cancel meetup' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the meetup' }).click();
    await page.locator('[data-field-error="message"]').waitFor();
    expect(await page.getByLabel('Message to attendees').getAttribute('aria-invalid')).toBe('true');

    await page
      .getByLabel('Message to attendees')
      .fill('Die Referentin ist krank. Wir holen es im Januar nach.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Really cancel? 1 person has a seat', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Yes, cancel the meetup' }).click();
    await page.getByText('This meetup has been cancelled.').waitFor();
    expect(await page.getByRole('button', { name: 'Cancel meetup' }).count()).toBe(0);

    const attendeePage = await browserFor(attendee, VIEWPORTS.phone);
    await attendeePage.goto(`${api.url}/m/${meetup.id}`);
    await attendeePage.getByText('This meetup has been cancelled.').waitFor();
    await attendeePage.getByText('Die Referentin ist krank. Wir holen es im Januar nach.').waitFor();
  });

  it('shows a non-host who opens the attendee list a friendly page instead of the list', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const attendee = await makeMember(api, { displayName: 'Nina Neugier' });
    await rsvp(api, attendee, meetup.id).expect(200);
    const page = await browserFor(attendee);
    await page.goto(`${api.url}/m/${meetup.id}/attendees`);
    await page.getByRole('heading', { level: 1, name: 'For hosts only' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the meetup' }).click();
    await page.getByRole('heading', { level: 1, name: meetup.title as string }).waitFor();
    expect(await page.getByRole('link', { name: 'Attendees' }).count()).toBe(0);
  });

  describe('on a slow connection, clicked before the code of its on-demand parts has arrived', () => {
    // Before, the server's HTML showed these buttons while their code was on its way, and a click did nothing.
    const CODE_DELAY_MS = 1_500;
    /** A host's meetup page, opened with every request for the code file named `chunk` answered late. */
    const hostPageWithSlowCode = async (chunk: string): Promise<Page> => {
      const organiser = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, organiser);
      const page = await browserFor(organiser);
      await page.route(`**/assets/${chunk}-*.js`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, CODE_DELAY_MS));
        await route.continue();
      });
      await page.goto(`${api.url}/m/${meetup.id}`);
      return page;
    };

    it("opens the host's cancel dialog", async () => {
      const page = await hostPageWithSlowCode('cancel-meetup');
      await page.getByRole('button', { name: 'Cancel meetup' }).click();
      await page.getByRole('button', { name: 'Continue' }).waitFor();
    });

    it('opens the account menu', async () => {
      const page = await hostPageWithSlowCode('account-menu');
      await page.getByRole('button', { name: 'Your account' }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).waitFor();
    });
  });
});
