// Debian's chromium driven by playwright-core, and the built web app it needs (built here when missing).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { TestMember } from './members.js';
import type { ApiHarness } from './api-harness.js';
import { waitingForTakeOver } from './take-over.js';
import { staleWebBuild } from '../global-setup.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-output/screenshots');
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** The web app is built by jest's global setup (test/global-setup.ts) when its sources changed; this only checks. */
export function ensureWebAppBuilt(): void {
  const stale = staleWebBuild();
  if (stale)
    throw new Error(`${stale}: run the browser tests through npm test, whose global setup builds it`);
}

/** `extraArgs` for what a test needs of chromium itself, such as a fake camera. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  return waitingForTakeOver(browser);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Colours as they settle, not halfway through a button's hover transition under the pointer of the last click.
  await page.mouse.move(0, 0);
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined)))`,
  );
  // Evaluated through the browser's DevTools channel: the pages allow no inline <script>, rightly.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      globalThis as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run();
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One screenshot per viewport, named `<name>-desktop.png` and `<name>-phone.png`. */
export async function screenshotAtBothWidths(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [width, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * A page in a browser context of its own (pushed to `contexts` for closing), logged in as `account` through the
 * web session endpoint; the account's profile is switched to English (or `language`), because these tests read
 * English texts.
 */
export async function openPageAs(
  browser: Browser,
  api: ApiHarness,
  contexts: BrowserContext[],
  account?: TestMember,
  options: { viewport?: { width: number; height: number }; timezoneId?: string; language?: 'de' | 'en' } = {},
): Promise<Page> {
  const language = options.language ?? 'en';
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORTS.desktop,
    locale: language === 'de' ? 'de-DE' : 'en-GB',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  contexts.push(context);
  if (account) {
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', account.bearer)
      .send({ language })
      .expect(200);
    const response = await context.request.post(`${api.url}/api/v1/auth/session`, {
      data: { email: account.email, password: account.password },
    });
    if (response.status() !== 200)
      throw new Error(`logging in ${account.email} answered ${response.status()}`);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** What the tests read of an <img> in the page (the test code has no DOM types of its own). */
interface LoadedImage {
  complete: boolean;
  naturalWidth: number;
}

/**
 * Waits until every image matching `selector` (at least one) has loaded and decoded. Each is brought into view
 * first, as a reader scrolling down would: faces load lazily.
 */
export async function imagesLoaded(page: Page, selector = 'img'): Promise<void> {
  const images = page.locator(selector);
  await images.first().waitFor();
  for (const image of await images.all()) await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (css) =>
      (
        [
          ...(
            globalThis as unknown as {
              document: { querySelectorAll: (css: string) => Iterable<LoadedImage> };
            }
          ).document.querySelectorAll(css),
        ] as LoadedImage[]
      ).every((img) => img.complete && img.naturalWidth > 0),
    selector,
  );
}
