// The component gallery at /design in a real chromium: every part of the design system renders in the light and
// the dark look at phone and desktop width, passes axe (contrast included), and its dialog and toast work under the
// site's Content-Security-Policy. With UPDATE_DOCS_SCREENSHOTS=1 the screenshots go to docs/design/ as well.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  launchBrowser,
  SCREENSHOTS,
  seriousAccessibilityViolations,
  VIEWPORTS,
} from './support/browser.js';

const SCHEMES = ['light', 'dark'] as const;

describe('the design system gallery', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A guest's page in the given look, with every console error and CSP violation recorded. */
  const openGallery = async (scheme: (typeof SCHEMES)[number], viewport: keyof typeof VIEWPORTS) => {
    const context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      colorScheme: scheme,
      locale: 'en-GB',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      // A guest's /api/v1/me answers 401, which the browser logs as an error: that one is expected.
      if (message.type() === 'error' && !message.text().includes('status of 401'))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${api.url}/design`);
    await page.getByRole('heading', { level: 1, name: 'Design system' }).waitFor();
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
    );
    return { page, errors };
  };

  const screenshot = async (page: Page, name: string, fullPage = true) => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
      await mkdir(join('docs', 'design'), { recursive: true });
      await copyFile(path, join('docs', 'design', `${name}.png`));
    }
  };

  for (const scheme of SCHEMES) {
    it(`shows every component in the ${scheme} look at both widths, with no axe finding and no console error`, async () => {
      for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
        const { page, errors } = await openGallery(scheme, viewport);
        for (const section of ['Colours', 'Buttons', 'Cards', 'Faces', 'Badges', 'Form fields', 'Notices'])
          await page.getByRole('heading', { level: 2, name: section }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        // Nothing is wider than the phone: no sideways scrolling.
        const overflow = await page.evaluate(() => {
          const root = (
            globalThis as unknown as {
              document: { documentElement: { scrollWidth: number; clientWidth: number } };
            }
          ).document.documentElement;
          return root.scrollWidth - root.clientWidth;
        });
        expect(overflow).toBe(0);
        await screenshot(page, `gallery-${scheme}-${viewport}`);
        expect(errors).toEqual([]);
      }
    });
  }

  it('paints the page in the dark look when the system asks for it', async () => {
    const background = async (scheme: (typeof SCHEMES)[number]) => {
      const { page } = await openGallery(scheme, 'desktop');
      return page.evaluate(
        () =>
          (
            globalThis as unknown as { getComputedStyle: (node: unknown) => { backgroundColor: string } }
          ).getComputedStyle(
            (globalThis as unknown as { document: { documentElement: unknown } }).document.documentElement,
          ).backgroundColor,
      );
    };
    expect(await background('light')).toBe('rgb(247, 247, 251)');
    expect(await background('dark')).toBe('rgb(18, 18, 25)');
  });

  /** What the test reads of an element in the page (the test code has no DOM types of its own). */
  interface FocusHolder {
    contains(other: unknown): boolean;
    ownerDocument: { activeElement: unknown };
  }

  it('opens a dialog that keeps the focus inside and closes with Escape, and shows a toast', async () => {
    const { page, errors } = await openGallery('light', 'phone');
    const opener = page.getByRole('button', { name: 'Open a dialog' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this meetup?' });
    await dialog.waitFor();
    expect(await dialog.getByText('Everyone who is going gets a mail.').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The dialog is fixed to the screen: a full-page picture would show it in the middle of the page.
    await screenshot(page, 'gallery-dialog-light-phone', false);
    for (let tab = 0; tab < 5; tab += 1) {
      await page.keyboard.press('Tab');
      expect(
        await dialog.evaluate((node) => {
          const element = node as unknown as FocusHolder;
          return element.contains(element.ownerDocument.activeElement);
        }),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The focus goes back to the opener in a task after the dialog has gone (Radix's focus scope), so wait for it.
    await page.locator('button:focus', { hasText: 'Open a dialog' }).waitFor();

    await page.getByRole('button', { name: 'Show a toast' }).click();
    await page.getByRole('status').filter({ hasText: 'Meetup published' }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the font without shifting the page when it arrives', async () => {
    const { page } = await openGallery('light', 'desktop');
    const family = await page.evaluate(
      () =>
        (
          globalThis as unknown as { getComputedStyle: (node: unknown) => { fontFamily: string } }
        ).getComputedStyle((globalThis as unknown as { document: { body: unknown } }).document.body)
          .fontFamily,
    );
    expect(family).toMatch(/^"Figtree Variable"/);
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { document: { fonts: { check: (font: string) => boolean } } }
        ).document.fonts.check('16px "Figtree Variable"'),
      ),
    ).toBe(true);
  });
});
