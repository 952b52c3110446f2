// Circles from the API: one circle, the public ones by city and topic, joining and leaving, its meetups, whom you
// know there, and the organisers' tools (members, join requests, roles, bans).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formWith } from '../media/media-api';

export type Circle = components['schemas']['CircleDto'];
export type CircleListItem = components['schemas']['CircleListItemDto'];
export type NewCircle = components['schemas']['CreateCircleDto'];
export type CircleMember = components['schemas']['CircleMemberDto'];
export type JoinRequest = components['schemas']['JoinRequestDto'];

const circleKey = (slug: string) => ['circles', 'one', slug] as const;

export const circleQueries = {
  list: (filter: { city: string; topic: string }) =>
    queryOptions({
      queryKey: ['circles', 'list', filter],
      queryFn: async () =>
        unwrap(
          await api.GET('/api/v1/circles', {
            params: {
              query: { limit: 24, city: filter.city || undefined, topic: filter.topic || undefined },
            },
          }),
        ),
    }),
  ofProfile: (handle: string) =>
    queryOptions({
      queryKey: ['circles', 'profile', handle],
      queryFn: async () =>
        unwrap(await api.GET('/api/v1/profiles/{handle}/circles', { params: { path: { handle } } })),
    }),
};

export function useCircle(slug: string, enabled = true) {
  return useQuery({
    queryKey: circleKey(slug),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/circles/{slug}', { params: { path: { slug } } })),
  });
}

export function useCircleMeetups(slug: string) {
  return useQuery({
    queryKey: [...circleKey(slug), 'meetups'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{slug}/meetups', { params: { path: { slug } } })),
  });
}

export function useCirclePeopleYouKnow(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: [...circleKey(slug), 'people-you-know'],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{slug}/people-you-know', { params: { path: { slug } } })),
  });
}

/** Founds a circle, or (given its slug) changes it; the answer is the circle as it is now. */
export function useSaveCircle(slug?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (circle: NewCircle) =>
      slug
        ? unwrap(await api.PATCH('/api/v1/circles/{slug}', { params: { path: { slug } }, body: circle }))
        : unwrap(await api.POST('/api/v1/circles', { body: circle })),
    onSuccess: (circle) => storeChangeResult(queryClient, circleKey(circle.slug), circle),
  });
}

/** Joining, asking to join and leaving; the circle is read again afterwards. */
export function useMembership(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: circleKey(slug) });
  const join = useMutation({
    mutationFn: async (answer?: string) =>
      unwrap(
        await api.PUT('/api/v1/circles/{slug}/membership', {
          params: { path: { slug } },
          body: answer ? { answer } : {},
        }),
      ),
    onSuccess: refresh,
  });
  const showOnProfile = useMutation({
    mutationFn: async (shownOnProfile: boolean) =>
      unwrap(
        await api.PUT('/api/v1/circles/{slug}/membership', {
          params: { path: { slug } },
          body: { shownOnProfile },
        }),
      ),
    onSuccess: refresh,
  });
  const leave = useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE('/api/v1/circles/{slug}/membership', { params: { path: { slug } } })),
    onSuccess: refresh,
  });
  return { join, leave, showOnProfile };
}

/** Every member, page by page: the list and its CSV need them all. */
export function useCircleMembers(slug: string) {
  return useQuery({
    queryKey: [...circleKey(slug), 'members'],
    queryFn: async () => {
      const members: CircleMember[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/api/v1/circles/{slug}/members', {
            params: { path: { slug }, query: { limit: 100, cursor } },
          }),
        );
        members.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return members;
    },
  });
}

export function useJoinRequests(slug: string) {
  return useQuery({
    queryKey: [...circleKey(slug), 'join-requests'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{slug}/join-requests', { params: { path: { slug } } })).items,
  });
}

export function useAnswerJoinRequest(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, approve }: { userId: string; approve: boolean }) => {
      const path = { slug, userId };
      return approve
        ? unwrap(
            await api.POST('/api/v1/circles/{slug}/join-requests/{userId}/approve', { params: { path } }),
          )
        : unwrap(
            await api.POST('/api/v1/circles/{slug}/join-requests/{userId}/decline', { params: { path } }),
          );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: circleKey(slug) }),
  });
}

/** Uploading and removing the circle's logo or cover; the answer is the circle with it. */
export function useCircleImage(slug: string, which: 'logo' | 'cover') {
  const queryClient = useQueryClient();
  const onSuccess = (circle: Circle) => storeChangeResult(queryClient, circleKey(slug), circle);
  const params = { params: { path: { slug } } };
  const upload = useMutation({
    mutationFn: async (file: File) =>
      which === 'logo'
        ? unwrap(await api.PUT('/api/v1/circles/{slug}/logo', { ...params, body: formWith(file) }))
        : unwrap(await api.PUT('/api/v1/circles/{slug}/cover', { ...params, body: formWith(file) })),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: async () =>
      which === 'logo'
        ? unwrap(await api.DELETE('/api/v1/circles/{slug}/logo', params))
        : unwrap(await api.DELETE('/api/v1/circles/{slug}/cover', params)),
    onSuccess,
  });
  return { upload, remove };
}

export type CircleAnnouncements = components['schemas']['CircleAnnouncementsDto']['announcements'];

/** How the member hears of the circle's new meetups, and choosing it. */
export function useCircleAnnouncements(slug: string) {
  const queryClient = useQueryClient();
  const key = [...circleKey(slug), 'announcements'];
  const setting = useQuery({
    queryKey: key,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{slug}/announcements', { params: { path: { slug } } })),
  });
  const choose = useMutation({
    mutationFn: async (announcements: CircleAnnouncements) =>
      unwrap(
        await api.PUT('/api/v1/circles/{slug}/announcements', {
          params: { path: { slug } },
          body: { announcements },
        }),
      ),
    onSuccess: (saved) => storeChangeResult(queryClient, key, saved),
  });
  return { setting, choose };
}
