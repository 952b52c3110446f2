// Every mail's HTML in a real chromium, as a mail client that shows HTML would: on a phone nothing is wider than the
// screen and every button is big enough to tap; in light and in dark mode axe finds nothing serious. Screenshots at
// 390 and 1024 px land in test-output/screenshots/mails; `MAIL_SCREENSHOTS=docs/mails` writes the gallery of
// docs/mails/ instead (the German mails, a few in dark mode, and the introductions in English too).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { MAIL_LANGUAGES } from '../libs/notifications/src/templates/mail-texts.js';
import { renderNotification } from '../libs/notifications/src/templates/render-notification.js';
import {
  APP_URL,
  EVERY_KIND,
  mailExample,
  type Variant,
} from '../libs/notifications/src/templates/testing/mail-examples.js';
import { launchBrowser, SCREENSHOTS, seriousAccessibilityViolations } from './support/browser.js';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1024, height: 800 };
const SHOTS = process.env.MAIL_SCREENSHOTS ?? join(SCREENSHOTS, 'mails');
const FOR_DOCS = process.env.MAIL_SCREENSHOTS !== undefined;
const DARK_IN_DOCS = ['introduction-digest', 'meetup-reminder', 'meetup-invitation'];
const ENGLISH_IN_DOCS = ['introduction-digest'];
const VARIANTS: Variant[] = ['typical', 'hostile'];
/** Apple's and Google's smallest comfortable tap target is 44 px; 40 px keeps a margin for rounding. */
const SMALLEST_BUTTON = 40;

describe('every mail in a browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: PHONE });
    // A mail client loads no images until asked, and the examples' avatar addresses lead nowhere.
    await page.route('**/*', (route) => route.abort());
    await mkdir(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  const show = async (html: string, size: { width: number; height: number }, dark = false) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await page.setContent(html);
  };
  const pageWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');
  const shoot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it.each(
    EVERY_KIND.flatMap((kind) =>
      MAIL_LANGUAGES.flatMap((language) => VARIANTS.map((variant) => [kind, language, variant] as const)),
    ),
  )(
    '%s (%s, %s) fits a phone, with buttons to tap, readable in light and dark mode',
    async (kind, language, variant) => {
      const example = mailExample(kind, variant, language);
      const { html } = await renderNotification(
        kind,
        example.recipient,
        example.data,
        example.context,
        APP_URL,
        example.links,
      );
      const name = !FOR_DOCS
        ? `${kind}-${language}-${variant}`
        : language === 'de'
          ? kind
          : `${kind}-${language}`;
      const inDocs =
        !FOR_DOCS || (variant === 'typical' && (language === 'de' || ENGLISH_IN_DOCS.includes(kind)));

      await show(html, PHONE);
      expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
      const buttons = await page.locator('a.nl-button, a.nl-button-secondary').all();
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) {
        const box = (await button.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(SMALLEST_BUTTON);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      if (inDocs) await shoot(`${name}-phone`);

      await show(html, PHONE, true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      if (!FOR_DOCS || (inDocs && DARK_IN_DOCS.includes(kind))) await shoot(`${name}-phone-dark`);

      await show(html, WIDE);
      expect(await pageWidth()).toBeLessThanOrEqual(WIDE.width);
      if (inDocs) await shoot(`${name}-wide`);
    },
  );
});
