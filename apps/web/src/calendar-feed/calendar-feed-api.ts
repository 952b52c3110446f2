// The personal calendar feed: the API keeps only a hash, so its address can be read only when it is made.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';

const FEED_STATUS = ['calendar-feed'] as const;

/** Whether I have an address already, and since when (null: none yet). */
export function useCalendarFeedMadeAt() {
  return useQuery({
    queryKey: FEED_STATUS,
    queryFn: async (): Promise<string | null> => unwrap(await api.GET('/api/v1/calendar/feed')).createdAt,
  });
}

/** Makes a new address; any earlier one stops working at once. */
export function useNewCalendarAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<string> => unwrap(await api.POST('/api/v1/calendar/feed')).url,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: FEED_STATUS }),
  });
}
