import { escapeHtml, htmlLayout, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';

export function renderPasswordReset({ language, data }: TemplateContext): RenderedMail {
  const name = String(data.displayName ?? '');
  const url = String(data.resetUrl ?? '');
  if (language === 'de') {
    const subject = 'Neues Passwort für Neuland';
    const intro =
      'jemand (hoffentlich Du) möchte Dein Passwort neu setzen. Der Link gilt eine Stunde und nur einmal; danach bist Du überall abgemeldet.';
    return {
      subject,
      text: `Hallo ${name},\n\n${intro}\n\n${url}\n\nWenn Du das nicht warst, ignoriere diese Mail; Dein Passwort bleibt, wie es ist.\n`,
      html: htmlLayout(
        subject,
        `<p>Hallo ${escapeHtml(name)},</p><p>${intro}</p><p><a href="${escapeHtml(url)}">Passwort neu setzen</a></p><p>Wenn Du das nicht warst, ignoriere diese Mail; Dein Passwort bleibt, wie es ist.</p>`,
      ),
    };
  }
  const subject = 'A new password for Neuland';
  const intro =
    'someone (hopefully you) asked to set a new password. The link works once, for one hour; afterwards you are logged out everywhere.';
  return {
    subject,
    text: `Hi ${name},\n\n${intro}\n\n${url}\n\nIf this was not you, ignore this mail; your password stays as it is.\n`,
    html: htmlLayout(
      subject,
      `<p>Hi ${escapeHtml(name)},</p><p>${intro}</p><p><a href="${escapeHtml(url)}">Set a new password</a></p><p>If this was not you, ignore this mail; your password stays as it is.</p>`,
    ),
  };
}
