// Check-in at any door in a real chromium: the ticket with its code in letters, the host's door screen by typed code
// and by a QR code held to a (fake) camera, and an attendee checking themself in with the code shown at the venue.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { qrCodeVideo } from './support/fake-camera.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

/** Doors open two hours before the start: this one starts in half an hour. */
const startingSoon = () => {
  const startsAt = new Date(Date.now() + 30 * 60_000);
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
  };
};

describe('check-in at the door in the browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let scratch: string;
  const contexts: BrowserContext[] = [];
  const browsers: Browser[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    scratch = await mkdtemp(join(tmpdir(), 'neuland-door-'));
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await Promise.all(browsers.splice(0).map((other) => other.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  const pageFor = (
    account: TestMember,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
    inBrowser: Browser = browser,
  ) => openPageAs(inBrowser, api, contexts, account, { viewport, timezoneId: 'Europe/Berlin' });

  async function goingMeetup(attendeeName: string) {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, startingSoon());
    const attendee = await makeMember(api, { displayName: attendeeName });
    const code = (await rsvp(api, attendee, meetup.id).expect(200)).body.checkInCode as string;
    return { organiser, meetup, attendee, code };
  }

  it('shows the ticket with the code in groups of five under the QR code, without look-alike letters', async () => {
    const { meetup, attendee, code } = await goingMeetup('Tara Ticket');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const page = await pageFor(attendee, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}`);
    await page.getByRole('link', { name: 'My check-in code' }).click();
    await page.getByRole('img', { name: 'QR code of your check-in code' }).waitFor();
    expect(await page.getByTestId('ticket-code').textContent()).toBe(`${code.slice(0, 5)} ${code.slice(5)}`);
    expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'door-ticket');
  });

  it('checks an attendee in by the code typed at the door on a desktop, spaces and lower case forgiven', async () => {
    const { organiser, meetup, code } = await goingMeetup('Dora Desktop');
    const page = await pageFor(organiser);
    await page.goto(`${api.url}/m/${meetup.id}/check-in`);
    await page.getByText('0 of 1 checked in').waitFor();
    await page.getByLabel('Check-in code').fill(`${code.slice(0, 5)} ${code.slice(5)}`.toLowerCase());
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByText('Dora Desktop is checked in.').waitFor();
    await page.getByText('1 of 1 checked in').waitFor();
  });

  it('checks an attendee in by the QR code held to the camera, on a phone without BarcodeDetector', async () => {
    const { organiser, meetup, code } = await goingMeetup('Quirin Scan');
    const video = await qrCodeVideo(code, join(scratch, `${meetup.id}.y4m`));
    const withCamera = await launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    browsers.push(withCamera);
    const page = await pageFor(organiser, VIEWPORTS.phone, withCamera);
    await page.goto(`${api.url}/m/${meetup.id}/check-in`);
    await page.getByText('0 of 1 checked in').waitFor();
    // Chromium on Linux has no BarcodeDetector: this reads the picture through the script decoder.
    expect(await page.evaluate("'BarcodeDetector' in globalThis")).toBe(false);
    await page.getByRole('button', { name: 'Scan QR code' }).click();
    await page.getByText('Quirin Scan is checked in.').waitFor();
    await page.getByText('1 of 1 checked in').waitFor();
    expect(await page.getByRole('button', { name: 'Stop scanning' }).count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
    await screenshotAtBothWidths(page, 'door-host');
  });

  it('lets an attendee check themself in with the code shown at the venue, after a wrong try', async () => {
    const { meetup, attendee } = await goingMeetup('Sabine Selbst');
    const page = await pageFor(attendee, VIEWPORTS.phone);
    await page.goto(`${api.url}/m/${meetup.id}/check-in-code`);
    await page.getByLabel('Code at the venue').fill('AAAAAA');
    await page.getByRole('button', { name: "I'm here: check me in" }).click();
    await page
      .getByRole('alert')
      .getByText('That is not the code shown at this venue', { exact: false })
      .waitFor();
    expect(await page.getByLabel('Code at the venue').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Code at the venue').fill((meetup.venueCheckInCode as string).toLowerCase());
    await page.getByRole('button', { name: "I'm here: check me in" }).click();
    await page.getByRole('status').getByText('You are checked in', { exact: false }).waitFor();
    expect(await page.getByLabel('Code at the venue').count()).toBe(0);
    await page.reload();
    await page.getByRole('status').getByText('You are checked in', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotAtBothWidths(page, 'door-self-check-in');
  });
});
