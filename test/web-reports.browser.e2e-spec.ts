// Reporting and resolving in a real chromium against the real API: a member reports a profile with a reason, an
// admin resolves it from /admin/reports (reached from the menu) and lifts the suspension, the reporter sees the
// outcome. With UPDATE_DOCS_SCREENSHOTS=1 also writes the screenshots of the admin page in docs/.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
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
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe('reports in the browser', () => {
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

  const pageOf = (account: TestMember) => openPageAs(browser, api, contexts, account);

  async function fileReport(page: Page, path: string, reason: string, screenshot?: string): Promise<void> {
    await page.goto(`${api.url}${path}`);
    await page.getByRole('button', { name: 'Report…' }).click();
    await page.getByLabel('What is wrong?').fill(reason);
    if (screenshot) await screenshotAtBothWidths(page, screenshot);
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Thank you. Admins will look at your report').waitFor();
  }

  it('a member reports a profile and a meetup; an admin suspends from the queue, lifts it, and the reporter sees the outcome', async () => {
    const admin = await makeMember(api, { role: 'admin', displayName: 'Ada Admin' });
    const reporter = await makeMember(api, { displayName: 'Rita Reporter' });
    const spammer = await makeMember(api, { role: 'organiser', displayName: 'Sam Spammer' });
    const meetup = await makeMeetup(api, spammer, { title: 'Get rich at home' });

    const reporterPage = await pageOf(reporter);
    await fileReport(reporterPage, `/p/${spammer.handle}`, 'Writes to everyone to sell a course.');
    await fileReport(
      reporterPage,
      `/m/${meetup.id}`,
      'This meetup is an advert.\nNot a meetup.',
      'report-meetup',
    );

    const adminPage = await pageOf(admin);
    await adminPage.goto(`${api.url}/`);
    await adminPage.getByRole('link', { name: 'Admin' }).click();
    await adminPage.getByRole('link', { name: 'Reports' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const profileReport = adminPage.locator('.report', { hasText: 'Writes to everyone to sell a course.' });
    const meetupReport = adminPage.locator('.report', { hasText: 'This meetup is an advert.' });
    await meetupReport.getByText('Meetup: Get rich at home').waitFor();
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await screenshotAtBothWidths(adminPage, 'admin-reports');
    // Copied to docs/ only when asked: other test files running at once may have left reports in the queue.
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
      for (const width of Object.keys(VIEWPORTS)) {
        await copyFile(
          join(SCREENSHOTS, `admin-reports-${width}.png`),
          join('docs', `admin-reports-${width}.png`),
        );
      }
    }

    await meetupReport.getByRole('button', { name: 'Hide the meetup' }).click();
    await meetupReport.waitFor({ state: 'detached' });
    await profileReport.getByRole('button', { name: 'Suspend Sam Spammer' }).click();
    await profileReport.waitFor({ state: 'detached' });

    await adminPage.getByRole('button', { name: 'Resolved' }).click();
    const resolved = adminPage.locator('.report', { hasText: 'Writes to everyone to sell a course.' });
    await resolved.getByText('Member suspended').waitFor();
    await resolved.getByText('suspended', { exact: true }).waitFor();
    const suspendedList = adminPage.getByRole('region', { name: 'Suspended members' });
    await suspendedList.getByText('Sam Spammer', { exact: true }).waitFor();
    await resolved.getByRole('button', { name: 'Lift the suspension of Sam Spammer' }).click();
    await suspendedList.getByText('Sam Spammer', { exact: true }).waitFor({ state: 'detached' });
    await resolved
      .getByRole('button', { name: 'Lift the suspension of Sam Spammer' })
      .waitFor({ state: 'detached' });

    await reporterPage.goto(`${api.url}/reports`);
    await reporterPage.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    expect(await reporterPage.getByText('Looked at: action taken').count()).toBe(2);
    await screenshotAtBothWidths(reporterPage, 'my-reports');
    // The meetup stays hidden after the suspension was lifted: it was hidden for itself.
    await reporterPage.goto(`${api.url}/m/${meetup.id}`);
    await reporterPage.getByRole('heading', { level: 1 }).waitFor();
    expect(await reporterPage.getByText('Get rich at home').count()).toBe(0);
  });

  it('keeps the admin page from members: the menu has no link and the address finds nothing', async () => {
    const member = await makeMember(api);
    const page = await pageOf(member);
    await page.goto(`${api.url}/admin/reports`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Dismiss' }).count()).toBe(0);
  });
});
