// The pages behind a circle's one-click link, for mail clients that open it in a browser: what would be turned
// off (with the button that does it), and that it was.
import { htmlLayout } from '@neuland/mail';
import { renderToStaticMarkup } from 'react-dom/server';
import { type MailLanguage, mailTexts } from '../templates/mail-texts.js';

const heading = { fontSize: '20px' };

export function confirmCircleUnsubscribePage(language: MailLanguage, circle: string): string {
  const t = mailTexts(language);
  return htmlLayout(
    t('unsubscribe.title'),
    renderToStaticMarkup(
      <>
        <h1 style={heading}>{t('unsubscribe.title')}</h1>
        <p>{t('circleUnsubscribe.question', { circle })}</p>
        <form method="post">
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit">{t('unsubscribe.unsubscribe')}</button>
        </form>
      </>,
    ),
  );
}

export function circleUnsubscribedPage(language: MailLanguage, circle: string, circleUrl: string): string {
  const t = mailTexts(language);
  return htmlLayout(
    t('unsubscribe.doneTitle'),
    renderToStaticMarkup(
      <>
        <h1 style={heading}>{t('unsubscribe.doneTitle')}</h1>
        <p>{t('circleUnsubscribe.done', { circle })}</p>
        <p>
          <a href={circleUrl}>{t('circleFooter.unsubscribe')}</a>
        </p>
      </>,
    ),
  );
}
