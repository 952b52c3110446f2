// What the admin pages read from the API.
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type AdminOverview = components['schemas']['AdminOverviewDto'];

/** Read again every half minute while the page is open: the numbers describe the site right now. */
export function useAdminOverview(enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'overview'],
    enabled,
    refetchInterval: 30_000,
    queryFn: async (): Promise<AdminOverview> => unwrap(await api.GET('/api/v1/admin/overview')),
  });
}
