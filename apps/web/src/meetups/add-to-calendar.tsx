// Calendar links and "copy link" for a meetup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarLinks } from './calendar-links';
import type { Meetup } from './meetup-api';
import { useHydrated } from '../server-render/use-hydrated';
import { Button, buttonClasses } from '../ui/button';
import { CalendarArrowDown, Link2 } from 'lucide-react';

const LINK = buttonClasses({ variant: 'secondary', size: 'sm' });

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
      <ul className="m-0 flex list-none flex-wrap items-center gap-2 p-0">
        <li>
          <a href={links.ics} download className={LINK}>
            <CalendarArrowDown aria-hidden size={16} />
            {t('meetup.icsFile')}
          </a>
        </li>
        <li>
          <a href={links.google} target="_blank" rel="noopener noreferrer" className={LINK}>
            {t('meetup.google')}
          </a>
        </li>
        <li>
          <a href={links.outlook} target="_blank" rel="noopener noreferrer" className={LINK}>
            {t('meetup.outlook')}
          </a>
        </li>
        <li>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            icon={<Link2 aria-hidden size={16} />}
            onClick={copy}
          >
            {t('meetup.copyLink')}
          </Button>{' '}
          <span role="status">{copied ? t('meetup.copied') : ''}</span>
        </li>
      </ul>
    </section>
  );
}
