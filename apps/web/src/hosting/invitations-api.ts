// A meetup's invitations as its hosts manage them: invite by handle or e-mail, the list, revoke, guest policy.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type SentInvitation = components['schemas']['InvitationDto'];
export type InvitationRequest = components['schemas']['CreateInvitationsDto'];
type InvitationsCreated = components['schemas']['InvitationsCreatedDto'];

const invitationsKey = (id: string) => ['meetup', id, 'invitations'] as const;
const guestPolicyKey = (id: string) => ['meetup', id, 'guest-policy'] as const;

export function useSentInvitations(id: string) {
  return useQuery({
    queryKey: invitationsKey(id),
    queryFn: async (): Promise<SentInvitation[]> => {
      const result = await api.GET('/api/v1/meetups/{meetupId}/invitations', {
        params: { path: { meetupId: id }, query: { limit: 100 } },
      });
      return unwrap(result).items;
    },
  });
}

export function useInvite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: InvitationRequest): Promise<InvitationsCreated> => {
      // A used-up daily allowance throws RateLimitedError, with when to try again.
      const result = await api.POST('/api/v1/meetups/{meetupId}/invitations', {
        params: { path: { meetupId: id } },
        body: request,
      });
      return unwrap(result);
    },
    // Also after a refusal: the list may have changed meanwhile (another host, another tab).
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey(id) }),
  });
}

export function useRevokeInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) =>
      unwrap(
        await api.DELETE('/api/v1/meetups/{meetupId}/invitations/{invitationId}', {
          params: { path: { meetupId: id, invitationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(id) }),
  });
}

export function useGuestPolicy(id: string) {
  const queryClient = useQueryClient();
  const policy = useQuery({
    queryKey: guestPolicyKey(id),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/meetups/{meetupId}/guest-policy', { params: { path: { meetupId: id } } }),
      ),
  });
  const change = useMutation({
    mutationFn: async (membersMayInvite: boolean) =>
      unwrap(
        await api.PUT('/api/v1/meetups/{meetupId}/guest-policy', {
          params: { path: { meetupId: id } },
          body: { membersMayInvite },
        }),
      ),
    onSuccess: (saved) => storeChangeResult(queryClient, guestPolicyKey(id), saved),
  });
  return { policy, change };
}
