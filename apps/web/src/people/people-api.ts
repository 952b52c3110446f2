// People search over GET /api/v1/profiles: the API leaves out every profile the caller may not see.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type PersonFound = components['schemas']['PersonFoundDto'];

/** What was typed, minus a leading @ and surrounding spaces: "@Sabine " searches "Sabine". */
export const searchTextOf = (typed: string) => typed.trim().replace(/^@/, '');

/** `value`, once it has stopped changing for `delayMs`: one request per pause in typing, not per key. */
export function useDebounced<T>(value: T, delayMs = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

const search = async (q: string, limit: number, cursor?: string) =>
  unwrap(
    await api.GET('/api/v1/profiles', { params: { query: { q, limit, ...(cursor ? { cursor } : {}) } } }),
  );

/** The people search page's results, page by page. */
export function usePeopleSearch(q: string) {
  return useInfiniteQuery({
    queryKey: ['people-search', q],
    queryFn: ({ pageParam }) => search(q, 20, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: q.length > 0,
  });
}

/** A few suggestions for a handle field. */
export function useHandleSuggestions(q: string) {
  return useQuery({
    queryKey: ['handle-suggestions', q],
    queryFn: async () => (await search(q, 8)).items,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
