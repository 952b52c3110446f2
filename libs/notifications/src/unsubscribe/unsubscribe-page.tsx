// The small HTML pages behind an unsubscribe link, for mail clients that open the `List-Unsubscribe` link in a
// browser: what would be turned off, and that it was. They say what the web app's unsubscribe page says, from the
// same catalogue (locales/*/mail.json).
import { htmlLayout } from '@neuland/mail';
import { renderToStaticMarkup } from 'react-dom/server';
import type { NotificationCategory } from '../notification-kinds.js';
import { type MailLanguage, mailTexts } from '../templates/mail-texts.js';

const heading = { fontSize: '20px' };

export function confirmUnsubscribePage(language: MailLanguage, category: NotificationCategory): string {
  const t = mailTexts(language);
  const what = t(`category.${category}.name`);
  // The form posts exactly what an RFC 8058 one-click client posts, to the same URL.
  return htmlLayout(
    t('unsubscribe.title'),
    renderToStaticMarkup(
      <>
        <h1 style={heading}>{t('unsubscribe.title')}</h1>
        <p>{t('unsubscribe.question', { what })}</p>
        <form method="post">
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit">{t('unsubscribe.unsubscribe')}</button>
        </form>
      </>,
    ),
  );
}

export function unsubscribedPage(
  language: MailLanguage,
  category: NotificationCategory,
  settingsUrl: string,
): string {
  const t = mailTexts(language);
  const what = t(`category.${category}.name`);
  return htmlLayout(
    t('unsubscribe.doneTitle'),
    renderToStaticMarkup(
      <>
        <h1 style={heading}>{t('unsubscribe.doneTitle')}</h1>
        <p>{t('unsubscribe.done', { what })}</p>
        <p>
          <a href={settingsUrl}>{t('unsubscribe.allSettings')}</a>
        </p>
      </>,
    ),
  );
}
