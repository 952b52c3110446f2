// The next public meetups, soonest first, as cards; more on request.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { homeQueries } from './home-queries';
import type { MeetupFilter } from './meetup-filters';
import { MeetupCards } from './meetup-card';

export function UpcomingMeetups({ filter }: { filter: MeetupFilter }) {
  const { t } = useTranslation();
  const meetups = useInfiniteQuery(homeQueries.upcoming(filter));

  if (meetups.isPending) return <p role="status">{t('home.loading')}</p>;
  if (meetups.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  const items = meetups.data.pages.flatMap((page) => page.items);
  const filtered = Boolean(filter.city || filter.topic || filter.knownOnly);
  if (items.length === 0) {
    return <p className="empty-state">{filtered ? t('home.noMatches') : t('home.noMeetups')}</p>;
  }
  return (
    <>
      <MeetupCards meetups={items} />
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
