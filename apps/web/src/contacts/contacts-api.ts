// Whom a member follows, who follows them and their contacts, page by page; blocking and my blocked people.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type ProfileSummary = components['schemas']['ProfileSummaryDto'];
export type ConnectionList = 'following' | 'followers' | 'contacts';

const PATHS = {
  following: '/api/v1/profiles/{handle}/following',
  followers: '/api/v1/profiles/{handle}/followers',
  contacts: '/api/v1/profiles/{handle}/contacts',
} as const;

/** A page of the list, or `hidden` when its owner does not share it with this viewer. */
type ListPage = { items: ProfileSummary[]; nextCursor: string | null; hidden?: true };

export function useConnectionList(handle: string, list: ConnectionList) {
  return useInfiniteQuery({
    queryKey: ['connections', handle, list],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }): Promise<ListPage> => {
      const options = { params: { path: { handle }, query: { limit: 20, cursor: pageParam } } };
      try {
        return unwrap(await api.GET(PATHS[list], options));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'FOLLOW_LIST_HIDDEN')
          return { items: [], nextCursor: null, hidden: true };
        throw error;
      }
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

const BLOCKED = ['blocked'] as const;

export function useBlockedPeople() {
  return useQuery({
    queryKey: BLOCKED,
    queryFn: async (): Promise<ProfileSummary[]> => unwrap(await api.GET('/api/v1/me/blocks')),
  });
}

/** Blocking or unblocking; lists that might show the person are fetched again. */
export function useBlock(handle: string) {
  const queryClient = useQueryClient();
  const params = { params: { path: { handle } } };
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: BLOCKED });
    void queryClient.invalidateQueries({ queryKey: ['connections'] });
  };
  const block = useMutation({
    mutationFn: async () => {
      unwrap(await api.PUT('/api/v1/profiles/{handle}/block', params));
    },
    onSuccess: refresh,
  });
  const unblock = useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/profiles/{handle}/block', params));
    },
    onSuccess: refresh,
  });
  return { block, unblock };
}
