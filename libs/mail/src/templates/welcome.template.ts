import { escapeHtml, htmlLayout, type RenderedMail } from '../rendered-mail.js';
import type { TemplateContext } from './template-context.js';

export function renderWelcome({ language, appUrl, data }: TemplateContext): RenderedMail {
  const name = String(data.displayName ?? '');
  if (language === 'de') {
    const subject = 'Willkommen bei Neuland';
    const text = `Hallo ${name},\n\nschön, dass Du da bist! Trag Deine Profile aus dem Netz ein, dann zeigen wir Dir vor jedem Treffen, wen Du dort schon kennst.\n\n${appUrl}\n`;
    const html = htmlLayout(
      subject,
      `<h1 style="font-size:20px">Hallo ${escapeHtml(name)},</h1><p>schön, dass Du da bist! Trag Deine Profile aus dem Netz ein, dann zeigen wir Dir vor jedem Treffen, wen Du dort schon kennst.</p><p><a href="${escapeHtml(appUrl)}">Neuland öffnen</a></p>`,
    );
    return { subject, text, html };
  }
  const subject = 'Welcome to Neuland';
  const text = `Hi ${name},\n\ngood to have you! Add your profiles from around the web, and before every meetup we show you whom you already know there.\n\n${appUrl}\n`;
  const html = htmlLayout(
    subject,
    `<h1 style="font-size:20px">Hi ${escapeHtml(name)},</h1><p>good to have you! Add your profiles from around the web, and before every meetup we show you whom you already know there.</p><p><a href="${escapeHtml(appUrl)}">Open Neuland</a></p>`,
  );
  return { subject, text, html };
}
