// Profiles as the API shows them: my own with its settings, and other people's as far as I may see them.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type OwnProfile = components['schemas']['OwnProfileDto'];
export type PublicProfile = components['schemas']['PublicProfileDto'];
export type ProfileChanges = components['schemas']['UpdateProfileDto'];

const OWN_PROFILE = ['profile', 'own'] as const;

export const ownProfileQuery = queryOptions({
  queryKey: OWN_PROFILE,
  queryFn: async (): Promise<OwnProfile> => unwrap(await api.GET('/api/v1/me/profile')),
});

export function useOwnProfile(enabled = true) {
  return useQuery({ ...ownProfileQuery, enabled });
}

export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: ProfileChanges): Promise<OwnProfile> =>
      unwrap(await api.PATCH('/api/v1/me/profile', { body: changes })),
    onSuccess: (profile) => storeChangeResult(queryClient, OWN_PROFILE, profile),
  });
}

/** null when there is no such profile for this viewer (hidden ones look the same). */
export const profileQuery = (handle: string) =>
  queryOptions({
    queryKey: ['profile', handle],
    queryFn: async (): Promise<PublicProfile | null> => {
      try {
        return unwrap(await api.GET('/api/v1/profiles/{handle}', { params: { path: { handle } } }));
      } catch (error) {
        if (error instanceof ApiError && error.body.statusCode === 404) return null;
        throw error;
      }
    },
  });

export function useProfile(handle: string) {
  return useQuery(profileQuery(handle));
}

export function useFollow(handle: string) {
  const params = { params: { path: { handle } } };
  const follow = useMutation({
    mutationFn: async () => {
      unwrap(await api.PUT('/api/v1/profiles/{handle}/follow', params));
    },
  });
  const unfollow = useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/profiles/{handle}/follow', params));
    },
  });
  return { follow, unfollow };
}
