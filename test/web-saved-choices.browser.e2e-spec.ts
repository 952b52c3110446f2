// Every control that saves as it changes (the buddy choice, a circle's announcements, a meetup's guest policy, the
// organiser policy): it shows the pick from the very moment it is made, keeps it while the save is under way, and
// shows the saved value again, with an alert, when the save fails.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { ensureWebAppBuilt, launchBrowser, openPageAs, SCREENSHOTS, VIEWPORTS } from './support/browser.js';
import { joinCircle, makeCircle } from './support/circles.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember } from './support/members.js';

/** What the test reads of an <input> in the page (the test code has no DOM types of its own). */
interface ClickableInput {
  click(): void;
  checked: boolean;
}

const slug = (text: string) => text.replace(/[^a-z]+/gi, '-').toLowerCase();

interface SavingControl {
  page: Page;
  /** A control showing what is not saved: clicking it starts a save. */
  control: Locator;
  /** The address the save goes to. */
  saveUrl: string;
}

describe('controls that save as they change', () => {
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

  const phone = (account: Parameters<typeof openPageAs>[3]) =>
    openPageAs(browser, api, contexts, account, { viewport: VIEWPORTS.phone });

  const controls: Array<[string, () => Promise<SavingControl>]> = [
    [
      'the buddy choice on a meetup page',
      async () => {
        const host = await makeMember(api, { role: 'organiser' });
        const startsAt = new Date(Date.now() + 30 * 60_000);
        const meetup = await makeMeetup(api, host, {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
        });
        const anna = await makeMember(api);
        await rsvp(api, anna, meetup.id).expect(200);
        const page = await phone(anna);
        await page.goto(`${api.url}/m/${meetup.id}`);
        const control = page.getByRole('radio', { name: "I'll welcome someone" });
        return { page, control, saveUrl: `**/api/v1/meetups/${meetup.id}/buddy` };
      },
    ],
    [
      "the announcements on a circle's page",
      async () => {
        const owner = await makeMember(api, { role: 'organiser' });
        const circle = await makeCircle(api, owner);
        const member = await makeMember(api);
        await joinCircle(api, member, circle.slug).expect(200);
        const page = await phone(member);
        await page.goto(`${api.url}/c/${circle.slug}`);
        const control = page.getByRole('radio', { name: 'A weekly digest' });
        return { page, control, saveUrl: `**/api/v1/circles/${circle.slug}/announcements` };
      },
    ],
    [
      "the guest policy on a meetup's invitations page",
      async () => {
        const host = await makeMember(api, { role: 'organiser' });
        const meetup = await makeMeetup(api, host);
        const page = await phone(host);
        await page.goto(`${api.url}/m/${meetup.id}/invitations`);
        const control = page.getByRole('checkbox', { name: 'Attendees may bring their own contacts' });
        return { page, control, saveUrl: `**/api/v1/meetups/${meetup.id}/guest-policy` };
      },
    ],
    [
      'the organiser policy on the admin settings page',
      async () => {
        const admin = await makeMember(api, { role: 'admin' });
        const page = await phone(admin);
        await page.goto(`${api.url}/admin/settings`);
        // Other test files share the setting: the one not chosen now is picked, and its save never arrives.
        const open = page.getByRole('radio', { name: 'Every member with a confirmed e-mail address' });
        const approval = page.getByRole('radio', { name: 'Organisers only: members ask, admins approve' });
        await open.waitFor();
        const control = (await open.isChecked()) ? approval : open;
        return { page, control, saveUrl: '**/api/v1/admin/settings' };
      },
    ],
  ];

  it.each(controls)(
    'shows a pick in %s at once, keeps it while saving, and puts the saved value back when saving fails',
    async (what, open) => {
      const { page, control, saveUrl } = await open();
      await control.waitFor();
      const before = await control.isChecked();
      const saving = new Promise<Route>((resolve) => {
        void page.route(saveUrl, (route) =>
          route.request().method() === 'GET' ? route.continue() : resolve(route),
        );
      });
      // Read in the same task as the click: a control that first jumps back to the saved value fails here.
      const shownAtOnce = await control.evaluate((input) => {
        (input as unknown as ClickableInput).click();
        return (input as unknown as ClickableInput).checked;
      });
      expect(shownAtOnce).toBe(!before);

      const save = await saving;
      expect(await control.isChecked()).toBe(!before);
      await save.abort();
      await page.getByRole('alert').first().waitFor();
      expect(await control.isChecked()).toBe(before);
      await control.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `saved-choice-failed-${slug(what)}.png`) });
    },
  );
});
