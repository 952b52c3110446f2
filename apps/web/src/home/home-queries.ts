// Every query the home page makes, keys and API calls in one place: the page reads them through these options, and a
// server that renders `/` can prefetch the same ones (`queryClient.prefetchInfiniteQuery(homeQueries.upcoming(f))`).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';
import type { MeetupFilter } from './meetup-filters';

export type MeetupCardData = components['schemas']['MeetupListItemDto'];
export type MyMeetup = components['schemas']['MyMeetupDto'];
export type MyMeetupSection = MyMeetup['section'];
export type MeetupCity = components['schemas']['MeetupCityDto'];

export const MEETUPS_PER_PAGE = 20;
/** Your meetups are few; a page of them is shown whole. */
const MY_MEETUPS_PER_PAGE = 12;

export const homeQueries = {
  /** The listing: public upcoming meetups, soonest first, filtered by city, topic, people the member knows. */
  upcoming: (filter: MeetupFilter) =>
    infiniteQueryOptions({
      queryKey: ['meetups', 'upcoming', filter] as const,
      initialPageParam: undefined as string | undefined,
      queryFn: async ({ pageParam }) =>
        unwrap(
          await api.GET('/api/v1/meetups', {
            params: {
              query: {
                limit: MEETUPS_PER_PAGE,
                cursor: pageParam,
                city: filter.city || undefined,
                topic: filter.topic || undefined,
                known: filter.knownOnly || undefined,
              },
            },
          }),
        ),
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),

  /** The cities a guest may choose from, most meetups first. */
  cities: () =>
    queryOptions({
      queryKey: ['meetups', 'cities'] as const,
      queryFn: async () =>
        unwrap(await api.GET('/api/v1/meetups/cities', { params: { query: { limit: 100 } } })),
      staleTime: 5 * 60_000,
    }),

  /** One section of "Your meetups". */
  mine: (section: MyMeetupSection) =>
    infiniteQueryOptions({
      queryKey: ['me', 'meetups', section] as const,
      initialPageParam: undefined as string | undefined,
      queryFn: async ({ pageParam }) =>
        unwrap(
          await api.GET('/api/v1/me/meetups', {
            params: { query: { section, limit: MY_MEETUPS_PER_PAGE, cursor: pageParam } },
          }),
        ),
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
};
