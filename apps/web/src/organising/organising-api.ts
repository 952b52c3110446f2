// What the member may do as an organiser (the API decides, by role and the admins' policy), and asking to be one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type Organising = components['schemas']['OrganisingDto'];
export type OrganiserRequest = components['schemas']['OrganiserRequestDto'];

export const ORGANISING = ['organising'] as const;

export function useOrganising(enabled = true) {
  return useQuery({
    queryKey: ORGANISING,
    enabled,
    queryFn: async (): Promise<Organising> => unwrap(await api.GET('/api/v1/me/organising')),
  });
}

export function useAskToOrganise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (message: string): Promise<OrganiserRequest> =>
      unwrap(await api.POST('/api/v1/me/organiser-request', { body: { message } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANISING }),
  });
}
