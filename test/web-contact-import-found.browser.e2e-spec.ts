// The result of a contact import shows whom it found by handle or profile URL, with a follow button for each, and
// never anyone found by e-mail address alone; a clean import reads as a success, not as a warning.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  openPageAs,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';
import { linkedInConnections } from './support/contact-files.js';
import { makeMember, type TestMember } from './support/members.js';
import { addSocialAccount } from './support/social.js';

describe('the members an import found, in the browser', () => {
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

  const browserFor = (account: TestMember) =>
    openPageAs(browser, api, contexts, account, { viewport: VIEWPORTS.phone });

  it('lists the members found by profile URL with follow buttons, and nobody found by address', async () => {
    const slug = `sabine-${randomBytes(3).toString('hex')}`;
    const sabine = await makeMember(api, {
      displayName: 'Sabine Gefunden',
      profile: { headline: 'HR in Hamburg' },
    });
    await addSocialAccount(api, sabine, 'linkedin', `https://www.linkedin.com/in/${slug}`).expect(201);
    const emil = await makeMember(api, { displayName: 'Emil Adresse' });
    const hidden = await makeMember(api, {
      displayName: 'Hanna Versteckt',
      profile: { profileVisibility: 'contacts' },
    });
    await addSocialAccount(api, hidden, 'linkedin', `https://www.linkedin.com/in/${slug}-hidden`).expect(201);
    const me = await makeMember(api);

    const page = await browserFor(me);
    await page.goto(`${api.url}/settings/import`);
    await page.getByLabel('LinkedIn (Connections.csv)').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        linkedInConnections([
          { firstName: 'Sabine', lastName: 'G', url: `https://www.linkedin.com/in/${slug}` },
          { firstName: 'Emil', lastName: 'A', url: '', email: emil.email },
          { firstName: 'Hanna', lastName: 'V', url: `https://www.linkedin.com/in/${slug}-hidden` },
        ]),
      ),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.locator('.import-summary').first();
    await summary.getByRole('heading', { name: 'Found on Neuland: 1 person' }).waitFor();
    await summary.getByRole('link', { name: 'Sabine Gefunden' }).waitFor();
    expect(await summary.getByText('Emil Adresse').count()).toBe(0);
    expect(await summary.getByText('Hanna Versteckt').count()).toBe(0);
    expect(await page.locator('[role="status"].notice--success').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'contact-import-found');

    await summary.getByRole('button', { name: 'Follow Sabine Gefunden' }).click();
    await summary.getByText('You follow them').waitFor();
    const following = await api
      .http()
      .get(`/api/v1/profiles/${me.handle}/following`)
      .set('Authorization', me.bearer)
      .expect(200);
    expect(following.body.items.map((item: { handle: string }) => item.handle)).toEqual([sabine.handle]);

    const imports = await api.http().get('/api/v1/me/imports').set('Authorization', me.bearer).expect(200);
    expect(imports.body[0].found).toEqual([
      expect.objectContaining({ handle: sabine.handle, following: true, claimed: true }),
    ]);
  });
});
