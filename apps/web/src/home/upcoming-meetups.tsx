// The next public meetups, soonest first, as cards; more on request.
import { useInfiniteQuery } from '@tanstack/react-query';
import { CalendarSearch } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
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
    return (
      <EmptyState icon={CalendarSearch}>{filtered ? t('home.noMatches') : t('home.noMeetups')}</EmptyState>
    );
  }
  return (
    <>
      <MeetupCards meetups={items} />
      {meetups.hasNextPage && (
        <Button
          variant="secondary"
          disabled={meetups.isFetchingNextPage}
          onClick={() => void meetups.fetchNextPage()}
        >
          {meetups.isFetchingNextPage ? t('home.loading') : t('home.showMore')}
        </Button>
      )}
    </>
  );
}
