import { describe, expect, it } from '@jest/globals';
import { pretty } from '@react-email/render';
import { categoryOf } from '../notification-kinds.js';
import { MAIL_LANGUAGES } from './mail-texts.js';
import { renderNotification } from './render-notification.js';
import { APP_URL, EVERY_KIND, mailExample, type Variant } from './testing/mail-examples.js';

const VARIANTS: Variant[] = ['typical', 'hostile'];
const CASES = EVERY_KIND.flatMap((kind) =>
  MAIL_LANGUAGES.flatMap((language) => VARIANTS.map((variant) => [kind, language, variant] as const)),
);

const render = (...[kind, language, variant]: (typeof CASES)[number]) => {
  const example = mailExample(kind, variant, language);
  return renderNotification(kind, example.recipient, example.data, example.context, APP_URL, example.links);
};

describe('every mail', () => {
  it.each(CASES)('%s (%s, %s) looks as it did: subject, HTML and text', async (...args) => {
    const mail = await render(...args);
    expect(mail.subject).toMatchSnapshot('subject');
    expect(await pretty(mail.html)).toMatchSnapshot('html');
    expect(mail.text).toMatchSnapshot('text');
  });

  it.each(CASES)('%s (%s, %s) links the imprint and the privacy policy in text and HTML', async (...args) => {
    const [, language] = args;
    const mail = await render(...args);
    const [imprint, privacy] =
      language === 'de' ? ['Impressum', 'Datenschutz'] : ['Imprint', 'Privacy policy'];
    expect(mail.html).toContain(`href="${APP_URL}/imprint"`);
    expect(mail.html).toContain(`href="${APP_URL}/privacy"`);
    expect(mail.text).toContain(`${imprint}: ${APP_URL}/imprint\n`);
    expect(mail.text).toContain(`${privacy}: ${APP_URL}/privacy\n`);
  });

  it.each(CASES)('%s (%s, %s) offers its way out where it has one, in text and HTML', async (...args) => {
    const [kind, language, variant] = args;
    const mail = await render(...args);
    const { links } = mailExample(kind, variant, language);
    const wayOut = links.neverInvitePageUrl ?? links.circle?.pageUrl ?? links.unsubscribePageUrl;
    if (!categoryOf(kind)) {
      expect(wayOut).toBeUndefined();
      expect(mail.html).not.toContain('/unsubscribe/');
      expect(mail.text).not.toContain('/unsubscribe/');
      return;
    }
    expect(mail.html).toContain(`href="${wayOut}"`);
    expect(mail.text).toMatch(new RegExp(`: ${wayOut}\n`));
  });

  it.each(EVERY_KIND.flatMap((kind) => MAIL_LANGUAGES.map((language) => [kind, language] as const)))(
    '%s (%s) shows what people typed as text: escaped in HTML, as typed in the text part',
    async (kind, language) => {
      const mail = await render(kind, language, 'hostile');
      // Nothing a person typed becomes markup: no element, no attribute, no broken-out quote.
      expect(mail.html).not.toMatch(/<script|<b>|<i>|<br> |<img src=x/i);
      expect(mail.html).not.toContain(`"Ace"`);
      expect(mail.html).toContain('&lt;script&gt;alert(');
      expect(mail.text).not.toMatch(/&lt;|&gt;|&amp;|&quot;|&#x27;/);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    },
  );

  it('keeps the lines of a personal message, and nothing in them becomes markup', async () => {
    const mail = await render('meetup-invitation', 'de', 'hostile');
    expect(mail.html).toContain(
      'Komm vorbei! &lt;script&gt;alert(1)&lt;/script&gt;<br/>Zweite Zeile &amp; &quot;Zitat&quot;<br/><br/>&lt;img src=x onerror=alert(2)&gt; Dritte',
    );
    expect(mail.text).toContain(
      '> Komm vorbei! <script>alert(1)</script>\n> Zweite Zeile & "Zitat"\n> \n> <img src=x onerror=alert(2)> Dritte',
    );
  });

  it('escapes a quote inside a link that a person chose (an avatar address)', async () => {
    const mail = await render('introduction-digest', 'en', 'hostile');
    expect(mail.html).toContain('src="https://images.example/a.jpg?size=80&amp;quote=&quot;x&quot;"');
  });

  it('shows a meetup in its own time zone, in the reader’s language', async () => {
    const [de, en] = await Promise.all([
      render('meetup-reminder', 'de', 'typical'),
      render('meetup-reminder', 'en', 'typical'),
    ]);
    expect(de.text).toContain('Wann: Donnerstag, 3. Dezember 2026 um 18:30 (Europe/Berlin)');
    expect(de.text).toContain('Wo: Betahaus, Eifflerstraße 43, 22769 Hamburg');
    expect(en.text).toContain('When: Thursday, 3 December 2026 at 18:30 (Europe/Berlin)');
  });
});
