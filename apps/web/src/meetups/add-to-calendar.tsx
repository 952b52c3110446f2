// Calendar links and "copy link" for a meetup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarLinks } from './calendar-links';
import type { Meetup } from './meetup-api';
import { useHydrated } from '../server-render/use-hydrated';

export function AddToCalendar({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  // The server does not know the address the visitor came by; the links get it once hydrated.
  const origin = useHydrated() ? window.location.origin : '';
  const pageUrl = `${origin}/m/${meetup.id}`;
  const links = calendarLinks({
    id: meetup.id,
    title: meetup.title,
    startsAt: meetup.startsAt,
    endsAt: meetup.endsAt,
    place: [meetup.venueName, meetup.address, meetup.city].filter(Boolean).join(', '),
    pageUrl,
  });
  const copy = () =>
    void navigator.clipboard?.writeText(pageUrl).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('meetup.addToCalendar')}</h2>
      <ul className="link-list">
        <li>
          <a href={links.ics} download>
            {t('meetup.icsFile')}
          </a>
        </li>
        <li>
          <a href={links.google} target="_blank" rel="noopener noreferrer">
            {t('meetup.google')}
          </a>
        </li>
        <li>
          <a href={links.outlook} target="_blank" rel="noopener noreferrer">
            {t('meetup.outlook')}
          </a>
        </li>
        <li>
          <button type="button" className="link-button" onClick={copy}>
            {t('meetup.copyLink')}
          </button>{' '}
          <span role="status">{copied ? t('meetup.copied') : ''}</span>
        </li>
      </ul>
    </section>
  );
}
