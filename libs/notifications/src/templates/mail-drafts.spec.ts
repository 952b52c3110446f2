import { describe, expect, it } from '@jest/globals';
import { MailDrafts } from './mail-drafts.js';
import { MAIL_LANGUAGES } from './mail-texts.js';
import { renderNotification } from './render-notification.js';
import { APP_URL, EVERY_KIND, mailExample, type Variant } from './testing/mail-examples.js';

const VARIANTS: Variant[] = ['typical', 'hostile'];
const CASES = EVERY_KIND.flatMap((kind) =>
  MAIL_LANGUAGES.flatMap((language) => VARIANTS.map((variant) => [kind, language, variant] as const)),
);

/** Readers one after the other: the first is drawn in full, the second earns the draft, the rest fill it in. */
const READERS = [
  'Bench 1',
  'Jörg Müller-Lüdenscheidt',
  "Siobhán O'Neil",
  'A',
  'Zoë & <b>Friends</b>',
  'Two  spaces',
  'Line\nbreak',
  'Dr. Ada Lovelace',
];

describe('mail drafts', () => {
  it.each(CASES)(
    '%s (%s, %s) gives every reader the mail a full drawing gives',
    async (kind, language, variant) => {
      const example = mailExample(kind, variant, language);
      const drafts = new MailDrafts();
      for (const [index, name] of READERS.entries()) {
        const recipient = { ...example.recipient, displayName: name };
        const links = {
          ...example.links,
          ...(example.links.oneClickUrl ? { oneClickUrl: `${example.links.oneClickUrl}-${index}` } : {}),
          ...(example.links.unsubscribePageUrl
            ? { unsubscribePageUrl: `${example.links.unsubscribePageUrl}-${index}` }
            : {}),
        };
        const filledIn = await drafts.render(kind, recipient, example.data, example.context, APP_URL, links);
        const drawn = await renderNotification(
          kind,
          recipient,
          example.data,
          example.context,
          APP_URL,
          links,
        );
        expect(filledIn).toEqual(drawn);
      }
    },
  );

  it('draws a mail in full once per kind and content, and fills it in for the readers after', async () => {
    const example = mailExample('welcome', 'typical', 'de');
    let drawings = 0;
    const drafts = new MailDrafts((...args) => {
      drawings += 1;
      return renderNotification(...args);
    });
    const render = (name: string) =>
      drafts.render('welcome', { ...example.recipient, displayName: name }, {}, {}, APP_URL, {});
    await render('First Reader');
    await render('Second Reader');
    // The first in full; the second earns the draft (the draft and a probe drawn beside it) and is filled in.
    expect(drawings).toBe(3);
    const third = await render('Dritte Leserin');
    expect(drawings).toBe(3);
    expect(third.html).toContain('Dritte Leserin');
    expect(third.html).not.toContain('Second Reader');
    expect(third.text).toContain('Dritte Leserin');
    expect(third).toEqual(
      await renderNotification(
        'welcome',
        { ...example.recipient, displayName: 'Dritte Leserin' },
        {},
        {},
        APP_URL,
      ),
    );
  });
});
