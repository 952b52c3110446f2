// What hosts read and change on a meetup: the full attendee list, check-ins at the door, co-hosts, cancelling.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';
import type { Meetup } from '../meetups/meetup-api';

export type Attendee = components['schemas']['AttendeeDto'];
export type CheckIn = components['schemas']['CheckInDto'];
export type CoHost = components['schemas']['CoHostDto'];

const meetupKey = (id: string) => ['meetup', id] as const;
const attendeesKey = (id: string) => ['meetup', id, 'attendees'] as const;
const coHostsKey = (id: string) => ['meetup', id, 'co-hosts'] as const;

/** Every going and waitlisted person, all pages read at once: the list and its CSV need them all. */
export function useAttendees(id: string) {
  return useQuery({
    queryKey: attendeesKey(id),
    queryFn: async (): Promise<{ goingCount: number; items: Attendee[] }> => {
      const items: Attendee[] = [];
      let cursor: string | undefined;
      let goingCount = 0;
      do {
        const page = unwrap(
          await api.GET('/api/v1/meetups/{id}/attendees', {
            params: { path: { id }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
          }),
        );
        items.push(...page.items);
        goingCount = page.goingCount;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { goingCount, items };
    },
  });
}

/** Checks a person in by their code; afterwards the meetup (its check-in count) and the list are read again. */
export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<CheckIn> =>
      unwrap(await api.POST('/api/v1/meetups/{id}/check-ins', { params: { path: { id } }, body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetupKey(id) }),
  });
}

export function useCancelMeetup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (message: string): Promise<Meetup> =>
      unwrap(await api.POST('/api/v1/meetups/{id}/cancel', { params: { path: { id } }, body: { message } })),
    onSuccess: (meetup) => storeChangeResult(queryClient, meetupKey(id), meetup),
  });
}

export function useCoHosts(id: string) {
  return useQuery({
    queryKey: coHostsKey(id),
    queryFn: async (): Promise<CoHost[]> =>
      unwrap(await api.GET('/api/v1/meetups/{id}/co-hosts', { params: { path: { id } } })).items,
  });
}

export function useCoHostChanges(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: coHostsKey(id) });
  const add = useMutation({
    mutationFn: async (handle: string) => {
      unwrap(await api.POST('/api/v1/meetups/{id}/co-hosts', { params: { path: { id } }, body: { handle } }));
    },
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async (userId: string) => {
      unwrap(
        await api.DELETE('/api/v1/meetups/{id}/co-hosts/{userId}', { params: { path: { id, userId } } }),
      );
    },
    onSuccess: refresh,
  });
  // The co-host organises the meetup from now on; the organiser stays on as a co-host.
  const handOver = useMutation({
    mutationFn: async (userId: string) => {
      unwrap(
        await api.POST('/api/v1/meetups/{id}/co-hosts/{userId}/hand-over', {
          params: { path: { id, userId } },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetup', id] }),
  });
  return { add, remove, handOver };
}
