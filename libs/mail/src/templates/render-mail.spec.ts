import { describe, expect, it } from '@jest/globals';
import { type MailTemplateName, renderMail } from './render-mail.js';

const TEMPLATE_NAMES: MailTemplateName[] = [
  'welcome',
  'verify-email',
  'address-in-use',
  'password-reset',
  'data-export-ready',
  'social-claim-dropped',
];

describe('every mail', () => {
  it.each(TEMPLATE_NAMES.flatMap((template) => [[template, 'de'] as const, [template, 'en'] as const]))(
    '%s (%s) links the imprint and the privacy policy in text and HTML',
    (template, language) => {
      const mail = renderMail(
        { template, language, data: { displayName: 'Ada' } },
        'https://neuland.example',
      );
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('https://neuland.example/imprint');
        expect(part).toContain('https://neuland.example/privacy');
      }
      expect(mail.html.indexOf('/imprint')).toBeLessThan(mail.html.indexOf('</body>'));
    },
  );
});
