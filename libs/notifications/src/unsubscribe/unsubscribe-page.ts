// The small HTML pages behind an unsubscribe link: what would be turned off, and that it was.
import { escapeHtml, htmlLayout } from '@neuland/mail';
import type { NotificationCategory } from '../notification-kinds.js';

type Language = 'de' | 'en';

const CATEGORY_NAMES: Record<Language, Record<NotificationCategory, string>> = {
  de: {
    introductions: 'Vorstellungen (wen Du bei einem Treffen schon aus dem Netz kennst)',
    reminders: 'Erinnerungen vor Treffen',
    invitations: 'Einladungen zu Treffen',
    updates: 'Neuigkeiten zu Deinen Treffen (Zeit, Ort, Absagen, Zusagen)',
  },
  en: {
    introductions: 'introductions (whom you already know online at a meetup)',
    reminders: 'reminders before meetups',
    invitations: 'invitations to meetups',
    updates: 'news about your meetups (time, place, cancellations, RSVPs)',
  },
};

export function confirmUnsubscribePage(language: Language, category: NotificationCategory): string {
  const what = escapeHtml(CATEGORY_NAMES[language][category]);
  const [title, question, button] =
    language === 'de'
      ? ['Abmelden', `Keine Mails mehr zu: <strong>${what}</strong>?`, 'Abmelden']
      : ['Unsubscribe', `Stop mails about: <strong>${what}</strong>?`, 'Unsubscribe'];
  // The form posts exactly what an RFC 8058 one-click client posts, to the same URL.
  return htmlLayout(
    title,
    `<h1 style="font-size:20px">${title}</h1><p>${question}</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${button}</button></form>`,
  );
}

export function unsubscribedPage(
  language: Language,
  category: NotificationCategory,
  settingsUrl: string,
): string {
  const what = escapeHtml(CATEGORY_NAMES[language][category]);
  const settings = escapeHtml(settingsUrl);
  const [title, body] =
    language === 'de'
      ? [
          'Abgemeldet',
          `Du bekommst keine Mails mehr zu: ${what}. Du kannst das in Deinen <a href="${settings}">Mail-Einstellungen</a> ändern.`,
        ]
      : [
          'Unsubscribed',
          `You will no longer get mails about: ${what}. You can change this in your <a href="${settings}">mail settings</a>.`,
        ];
  return htmlLayout(title, `<h1 style="font-size:20px">${title}</h1><p>${body}</p>`);
}
