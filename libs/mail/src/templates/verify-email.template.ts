import { escapeHtml, htmlLayout, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';

/** Sent at sign-up, to the new address of an e-mail change, and when someone asks for the link again. */
export function renderVerifyEmail({ language, data }: TemplateContext): RenderedMail {
  const name = String(data.displayName ?? '');
  const url = String(data.verifyUrl ?? '');
  if (language === 'de') {
    const subject = 'Bitte bestätige Deine E-Mail-Adresse';
    const intro = 'bitte bestätige, dass diese Adresse Dir gehört. Der Link gilt 48 Stunden und nur einmal.';
    return {
      subject,
      text: `Hallo ${name},\n\n${intro}\n\n${url}\n\nWenn Du das nicht warst, ignoriere diese Mail einfach.\n`,
      html: htmlLayout(
        subject,
        `<p>Hallo ${escapeHtml(name)},</p><p>${intro}</p><p><a href="${escapeHtml(url)}">Adresse bestätigen</a></p><p>Wenn Du das nicht warst, ignoriere diese Mail einfach.</p>`,
      ),
    };
  }
  const subject = 'Please confirm your e-mail address';
  const intro = 'please confirm that this address is yours. The link works once, for 48 hours.';
  return {
    subject,
    text: `Hi ${name},\n\n${intro}\n\n${url}\n\nIf this was not you, just ignore this mail.\n`,
    html: htmlLayout(
      subject,
      `<p>Hi ${escapeHtml(name)},</p><p>${intro}</p><p><a href="${escapeHtml(url)}">Confirm address</a></p><p>If this was not you, just ignore this mail.</p>`,
    ),
  };
}
