// Reporting, my reports with their outcome, and the admins' queue: resolving reports and lifting suspensions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type MyReport = components['schemas']['MyReportDto'];
export type AdminReport = components['schemas']['AdminReportDto'];
export type ReportSubject = MyReport['subject'];
export type Resolution = components['schemas']['ResolveReportDto']['resolution'];

const MY_REPORTS = ['reports', 'mine'] as const;
const QUEUE = ['reports', 'queue'] as const;
const SUSPENDED = ['members', 'suspended'] as const;

export function useFileReport(subject: ReportSubject, subjectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/v1/reports', { body: { subject, subjectId, reason } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: MY_REPORTS }),
  });
}

export function useMyReports() {
  return useQuery({
    queryKey: MY_REPORTS,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/reports', { params: { query: { limit: 100 } } })).items,
  });
}

export function useReportQueue(status: 'open' | 'resolved') {
  return useQuery({
    queryKey: [...QUEUE, status],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/reports', { params: { query: { status, limit: 100 } } })).items,
  });
}

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, resolution }: { id: string; resolution: Resolution }) =>
      unwrap(
        await api.POST('/api/v1/admin/reports/{id}/resolution', {
          params: { path: { id } },
          body: { resolution },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: QUEUE });
      void queryClient.invalidateQueries({ queryKey: SUSPENDED });
    },
  });
}

export function useSuspendedMembers() {
  return useQuery({
    queryKey: SUSPENDED,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/users', { params: { query: { suspended: true, limit: 100 } } }))
        .items,
  });
}

export function useLiftSuspension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      unwrap(await api.DELETE('/api/v1/admin/users/{id}/suspension', { params: { path: { id: userId } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: QUEUE });
      void queryClient.invalidateQueries({ queryKey: SUSPENDED });
    },
  });
}
