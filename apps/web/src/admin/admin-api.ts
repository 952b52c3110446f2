// The admin routes: members, meetups, organiser requests, settings, the audit log and the overview.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type AdminAccount = components['schemas']['AccountDto'];
export type AdminOverview = components['schemas']['AdminOverviewDto'];
export type AdminMeetup = components['schemas']['AdminMeetupDto'];
export type AuditRecord = components['schemas']['AuditRecordDto'];
export type OrganiserRequest = components['schemas']['OrganiserRequestDto'];
export type OrganiserPolicy = components['schemas']['AdminSettingsDto']['organiserPolicy'];
export type Role = AdminAccount['role'];
export type MeetupStatus = AdminMeetup['status'];
export interface AuditFilter {
  actorId?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

const ADMIN = 'admin';
const optional = (text: string | undefined) => (text ? text : undefined);

export function useMembers(q: string) {
  return useQuery({
    queryKey: [ADMIN, 'members', q],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/users', { params: { query: { q: optional(q), limit: 50 } } })),
  });
}

export function useSetRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, role }: { id: string; role: Role }) =>
      unwrap(await api.PATCH('/api/v1/admin/users/{id}/role', { params: { path: { id } }, body: { role } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN] }),
  });
}

export function useAdminMeetups(q: string, status: MeetupStatus | '') {
  return useQuery({
    queryKey: [ADMIN, 'meetups', q, status],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/admin/meetups', {
          params: { query: { q: optional(q), status: status || undefined, limit: 50 } },
        }),
      ),
  });
}

export function useCoHosts(meetupId: string, enabled: boolean) {
  return useQuery({
    queryKey: [ADMIN, 'co-hosts', meetupId],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetups/{id}/co-hosts', { params: { path: { id: meetupId } } })),
  });
}

export function useHandOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ meetupId, userId }: { meetupId: string; userId: string }) =>
      unwrap(
        await api.POST('/api/v1/meetups/{id}/co-hosts/{userId}/hand-over', {
          params: { path: { id: meetupId, userId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN] }),
  });
}

export function useOrganiserRequests() {
  return useQuery({
    queryKey: [ADMIN, 'organiser-requests'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/organiser-requests', { params: { query: { limit: 100 } } })),
  });
}

export function useDecideOrganiserRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision }: { id: string; decision: 'approve' | 'decline' }) =>
      unwrap(
        decision === 'approve'
          ? await api.POST('/api/v1/admin/organiser-requests/{id}/approve', { params: { path: { id } } })
          : await api.POST('/api/v1/admin/organiser-requests/{id}/decline', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ADMIN] }),
  });
}

export function useAdminSettings() {
  return useQuery({
    queryKey: [ADMIN, 'settings'],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/settings')),
  });
}

export function useSaveAdminSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (organiserPolicy: OrganiserPolicy) =>
      unwrap(await api.PATCH('/api/v1/admin/settings', { body: { organiserPolicy } })),
    onSuccess: (saved) => storeChangeResult(queryClient, [ADMIN, 'settings'], saved),
  });
}

export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: [ADMIN, 'audit', filter],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/admin/audit', {
          params: {
            query: {
              actorId: optional(filter.actorId),
              targetId: optional(filter.targetId),
              from: optional(filter.from),
              to: optional(filter.to),
              limit: 100,
            },
          },
        }),
      ),
  });
}

/** Read again every half minute while the page is open: the numbers describe the site right now. */
export function useAdminOverview(enabled: boolean) {
  return useQuery({
    queryKey: [ADMIN, 'overview'],
    enabled,
    refetchInterval: 30_000,
    queryFn: async (): Promise<AdminOverview> => unwrap(await api.GET('/api/v1/admin/overview')),
  });
}
