// The next public meetups, soonest first, each linking to its page.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formattingLocale } from '../i18n/i18n';
import { Link } from 'react-router';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { readableTime, viewerTimeZone } from '../meetups/meetup-time';

export function UpcomingMeetups() {
  const { t, i18n } = useTranslation();
  const meetups = useQuery({
    queryKey: ['meetups', 'upcoming'],
    queryFn: async () => unwrap(await api.GET('/api/v1/meetups', { params: { query: { limit: 20 } } })),
  });

  if (meetups.isPending) return <p role="status">{t('home.loading')}</p>;
  if (meetups.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  if (meetups.data.items.length === 0) return <p className="empty-state">{t('home.noMeetups')}</p>;
  return (
    <ul className="meetup-list">
      {meetups.data.items.map((meetup) => (
        <li key={meetup.id}>
          <Link to={`/m/${meetup.id}`}>{meetup.title}</Link>
          <span className="muted">
            {' '}
            · {meetup.city} ·{' '}
            {readableTime(meetup, viewerTimeZone(), formattingLocale(i18n.language)).atVenue} ·{' '}
            {t('meetup.goingCount', { count: meetup.goingCount })}
          </span>
        </li>
      ))}
    </ul>
  );
}
