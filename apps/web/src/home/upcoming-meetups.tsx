// The next public meetups, soonest first, each linking to its page and saying how many people I know are going.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { formattingLocale } from '../i18n/i18n';
import { readableTime, viewerTimeZone } from '../meetups/meetup-time';
import type { MeetupFilter } from './meetup-filters';

const PAGE_SIZE = 20;

function useUpcomingMeetups(filter: MeetupFilter) {
  return useInfiniteQuery({
    queryKey: ['meetups', 'upcoming', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/meetups', {
          params: {
            query: {
              limit: PAGE_SIZE,
              cursor: pageParam,
              city: filter.city || undefined,
              topic: filter.topic || undefined,
              known: filter.knownOnly || undefined,
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function UpcomingMeetups({ filter }: { filter: MeetupFilter }) {
  const { t, i18n } = useTranslation();
  const meetups = useUpcomingMeetups(filter);

  if (meetups.isPending) return <p role="status">{t('home.loading')}</p>;
  if (meetups.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  const items = meetups.data.pages.flatMap((page) => page.items);
  const filtered = Boolean(filter.city || filter.topic || filter.knownOnly);
  if (items.length === 0) {
    return <p className="empty-state">{filtered ? t('home.noMatches') : t('home.noMeetups')}</p>;
  }
  return (
    <>
      <ul className="meetup-list">
        {items.map((meetup) => (
          <li key={meetup.id}>
            <Link to={`/m/${meetup.id}`}>{meetup.title}</Link>
            <span className="muted">
              {' '}
              · {meetup.city} ·{' '}
              {readableTime(meetup, viewerTimeZone(), formattingLocale(i18n.language)).atVenue} ·{' '}
              {t('meetup.goingCount', { count: meetup.goingCount })}
            </span>
            {(meetup.knownGoingCount ?? 0) > 0 && (
              <span className="known-going">
                {t('home.knownGoing', { count: meetup.knownGoingCount ?? 0 })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {meetups.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={meetups.isFetchingNextPage}
          onClick={() => void meetups.fetchNextPage()}
        >
          {meetups.isFetchingNextPage ? t('home.loading') : t('home.showMore')}
        </button>
      )}
    </>
  );
}
