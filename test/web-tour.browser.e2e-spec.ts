// The pages a member shows a friend first, in German and in English at phone and desktop width: a meetup with its
// cover, its host and the people the reader knows there, and the host's profile. Each speaks the reader's language
// everywhere, shows every face, and passes axe. With UPDATE_DOCS_SCREENSHOTS=1 the screenshots also go to docs/
// (`tour-{meetup,profile}-{de,en}-{phone,desktop}.png`), where the README shows them.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  ensureWebAppBuilt,
  imagesLoaded,
  launchBrowser,
  openPageAs,
  SCREENSHOTS,
  screenshotAtBothWidths,
  seriousAccessibilityViolations,
} from './support/browser.js';
import { coverPicture, portrait, uploadCover, uploadPhoto } from './support/images.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { makeContacts } from './support/social.js';

const TEXTS = {
  de: { peopleYouKnow: 'Leute, die Du hier kennst', when: 'Wann' },
  en: { peopleYouKnow: 'People you know here', when: 'When' },
} as const;

describe('the meetup page and a profile, in German and in English', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let host: TestMember;
  let reader: TestMember;
  let meetupId: string;

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }), launchBrowser()]);
    host = await makeMember(api, {
      role: 'organiser',
      displayName: 'Silke Schröder',
      profile: {
        headline: 'Karriereberaterin in Hamburg',
        bio: 'Runs the career experts circle in Hamburg. Writes about job interviews and salary talks.',
        topics: ['Karriere', 'HR', 'Bewerbung'],
        homeCity: 'Hamburg',
      },
    });
    reader = await makeMember(api, { displayName: 'Ada Lindqvist', profile: { topics: ['HR'] } });
    const natalie = await makeMember(api, {
      displayName: 'Natalie Wolff',
      profile: { headline: 'Recruiter', topics: ['HR'] },
    });
    await uploadPhoto(api, host, await portrait('#ffd6a5', '#e0ac69', '#1b1b1b')).expect(200);
    await uploadPhoto(api, reader, await portrait('#bde0fe')).expect(200);
    await uploadPhoto(api, natalie, await portrait('#caffbf', '#c68642', '#6f1d1b')).expect(200);
    await makeContacts(api, reader, natalie);
    const meetup = await makeMeetup(api, host, { title: 'Karriere-Expertinnen Hamburg' });
    meetupId = meetup.id;
    await uploadCover(api, host, meetupId, await coverPicture()).expect(200);
    await rsvp(api, reader, meetupId).expect(200);
    await rsvp(api, natalie, meetupId).expect(200);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const keepForDocs = async (name: string) => {
    if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
    for (const width of ['phone', 'desktop'])
      await copyFile(join(SCREENSHOTS, `${name}-${width}.png`), join('docs', `${name}-${width}.png`));
  };

  it.each(['de', 'en'] as const)(
    'shows them in %s, with every face, to a member',
    async (language) => {
      const page = await openPageAs(browser, api, contexts, reader, { language });
      await page.goto(`${api.url}/m/${meetupId}`);
      await page.getByRole('heading', { level: 1, name: 'Karriere-Expertinnen Hamburg' }).waitFor();
      await page.getByRole('heading', { name: TEXTS[language].peopleYouKnow }).waitFor();
      await page.getByRole('link', { name: 'Natalie Wolff' }).first().waitFor();
      await page.getByText(TEXTS[language].when, { exact: true }).first().waitFor();
      expect(
        await page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
              .documentElement.lang,
        ),
      ).toBe(language);
      expect(await page.locator('img').count()).toBeGreaterThanOrEqual(3);
      await imagesLoaded(page);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshotAtBothWidths(page, `tour-meetup-${language}`);
      await keepForDocs(`tour-meetup-${language}`);

      await page.goto(`${api.url}/p/${host.handle}`);
      await page.getByRole('heading', { level: 1, name: 'Silke Schröder' }).waitFor();
      await page.getByText('Karriereberaterin in Hamburg').first().waitFor();
      await imagesLoaded(page);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshotAtBothWidths(page, `tour-profile-${language}`);
      await keepForDocs(`tour-profile-${language}`);
    },
    90_000,
  );
});
