// The admin overview in a real chromium against the real pipeline: an admin reads the numbers and follows the link
// to the queue dashboard; a member is told the page is not theirs.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
} from './support/browser.js';
import { waitForLedger } from './support/ledger.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';

describe('the admin overview in the browser', () => {
  let pipeline: Pipeline;
  let browser: Browser;
  let admin: TestMember;
  let member: TestMember;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [pipeline, browser] = await Promise.all([
      startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } }),
      launchBrowser(),
    ]);
    admin = await makeMember(pipeline.api, { role: 'admin', displayName: 'Ada Admin' });
    pipeline.smtp.refusePermanently('bounces@example.org');
    member = await makeMember(pipeline.api, { email: 'bounces@example.org' });
    await makeMeetup(pipeline.api, admin);
    await waitForLedger(pipeline.pool, { recipientId: member.id, kind: 'welcome', status: 'failed' });
    await pipeline.settle();
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await pipeline?.close();
  });

  it('shows an admin the outbox, the mails by kind, the queues and the weeks, and leads to the queue dashboard', async () => {
    const page = await openPageAs(browser, pipeline.api, contexts, admin);
    await page.goto(`${pipeline.api.url}/`);
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByText('Nothing is waiting to be relayed to the queues.').waitFor();
    const welcome = page.getByRole('row', { name: /^welcome/ });
    expect(await welcome.getByRole('cell').allTextContents()).toEqual(['1', '1']);
    await page.getByRole('rowheader', { name: 'notification-mail' }).waitFor();
    expect(await page.getByRole('heading', { name: 'New members and meetups per week' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'admin-overview');

    await page.getByRole('link', { name: 'Queues', exact: true }).click();
    await page.waitForURL(/\/admin\/queues/);
    await page.getByText('notification-mail').first().waitFor({ timeout: 15_000 });
  });

  it('tells a member the page is for admins only', async () => {
    const page = await openPageAs(browser, pipeline.api, contexts, member);
    await page.goto(`${pipeline.api.url}/admin/overview`);
    await page.getByText('This page is for admins only.').waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  });
});
