// "Never invite me to Neuland again" for the address a signed link names (no login needed).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type InvitationOptOut = components['schemas']['InvitationOptOutDto'];

const optOutKey = (token: string) => ['invitation-opt-out', token] as const;

/** Reads only, so opening the page (or a mail scanner opening it) changes nothing. */
export function useInvitationOptOut(token: string) {
  return useQuery({
    queryKey: optOutKey(token),
    queryFn: async (): Promise<InvitationOptOut> =>
      unwrap(await api.GET('/api/v1/invitation-opt-outs/{token}/status', { params: { path: { token } } })),
  });
}

export function useChangeInvitationOptOut(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (optedOut: boolean): Promise<InvitationOptOut> =>
      unwrap(
        await api.PUT('/api/v1/invitation-opt-outs/{token}/status', {
          params: { path: { token } },
          body: { optedOut },
        }),
      ),
    onSuccess: (optOut) => storeChangeResult(queryClient, optOutKey(token), optOut),
  });
}
