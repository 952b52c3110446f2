import { escapeHtml, htmlLayout, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';

export function renderDataExportReady({ language, data }: TemplateContext): RenderedMail {
  const name = String(data.displayName ?? '');
  const dataUrl = String(data.dataUrl ?? '');
  const calendarUrl = String(data.calendarUrl ?? '');
  const until = String(data.expiresAt ?? '');
  if (language === 'de') {
    const subject = 'Deine Daten bei Neuland';
    const intro = `hier ist alles, was Neuland über Dich speichert. Die Links gelten bis ${until}.`;
    return {
      subject,
      text: `Hallo ${name},\n\n${intro}\n\nDaten (JSON): ${dataUrl}\nTreffen (Kalender): ${calendarUrl}\n`,
      html: htmlLayout(
        subject,
        `<p>Hallo ${escapeHtml(name)},</p><p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(dataUrl)}">Daten (JSON)</a><br><a href="${escapeHtml(calendarUrl)}">Treffen (Kalender)</a></p>`,
      ),
    };
  }
  const subject = 'Your data at Neuland';
  const intro = `here is everything Neuland holds about you. The links work until ${until}.`;
  return {
    subject,
    text: `Hi ${name},\n\n${intro}\n\nData (JSON): ${dataUrl}\nMeetups (calendar): ${calendarUrl}\n`,
    html: htmlLayout(
      subject,
      `<p>Hi ${escapeHtml(name)},</p><p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(dataUrl)}">Data (JSON)</a><br><a href="${escapeHtml(calendarUrl)}">Meetups (calendar)</a></p>`,
    ),
  };
}
