// My accounts elsewhere (they come with my profile), adding and removing them, and proving they are mine.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type SocialAccount = components['schemas']['SocialAccountDto'];
export type NewSocialAccount = components['schemas']['AddSocialAccountDto'];
export type SocialPlatform = SocialAccount['platform'];

export const PLATFORMS: SocialPlatform[] = [
  'mastodon',
  'bluesky',
  'website',
  'linkedin',
  'x',
  'instagram',
  'facebook',
];
/** The networks that offer a public proof; the others stay "claimed". */
export const VERIFIABLE: SocialPlatform[] = ['mastodon', 'bluesky', 'website'];

export type SocialProof = components['schemas']['SocialProofDto'];

const PROOFS = ['social-account-proofs'] as const;
const OWN_PROFILE = ['profile', 'own'] as const;

export function useProofs() {
  return useQuery({
    queryKey: PROOFS,
    queryFn: async () => {
      return unwrap(await api.GET('/api/v1/me/social-account-proofs')).items;
    },
    // The worker checks in the background: look again while a check is under way.
    refetchInterval: (query) => (query.state.data?.some((p) => p.status === 'pending') ? 3000 : false),
  });
}

export function useSocialAccountChanges() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: OWN_PROFILE });
  const add = useMutation({
    mutationFn: async (account: NewSocialAccount) =>
      unwrap(await api.POST('/api/v1/me/social-accounts', { body: account })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/api/v1/me/social-accounts/{id}', { params: { path: { id } } }));
    },
    onSuccess: refresh,
  });
  const check = useMutation({
    mutationFn: async (account: NewSocialAccount) =>
      unwrap(await api.POST('/api/v1/me/social-account-proofs', { body: account })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PROOFS });
      refresh();
    },
  });
  return { add, remove, check };
}
