// The personal calendar feed: the API keeps only a hash, so its address can be read only when it is made.
import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';

/** Makes a new address; any earlier one stops working at once. */
export function useNewCalendarAddress() {
  return useMutation({
    mutationFn: async (): Promise<string> => unwrap(await api.POST('/api/v1/calendar/feed')).url,
  });
}
