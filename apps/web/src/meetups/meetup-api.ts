// The meetup as the API shows it to the viewer, and the changes a viewer or host makes to it.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type Meetup = components['schemas']['MeetupDto'];
export type MeetupDraft = components['schemas']['CreateMeetupDto'];

const meetupKey = (id: string) => ['meetup', id] as const;

/** null when the API says there is no such meetup for this viewer (also for ones they may not see). */
export const meetupQuery = (id: string) =>
  queryOptions({
    queryKey: meetupKey(id),
    // With the signal, a read dropped by a change (storeChangeResult) stops downloading, too.
    queryFn: async ({ signal }): Promise<Meetup | null> => {
      try {
        return unwrap(await api.GET('/api/v1/meetups/{id}', { params: { path: { id } }, signal }));
      } catch (error) {
        // 400: the address holds no meetup id at all, which is "not found" too, not a failure to retry.
        if (error instanceof ApiError && (error.body.statusCode === 404 || error.body.statusCode === 400)) {
          return null;
        }
        throw error;
      }
    },
  });

export function useMeetup(id: string) {
  return useQuery(meetupQuery(id));
}

/**
 * "I'm going" and "withdraw": afterwards the meetup is read again, for seats and the waitlist position, and the
 * home page's "Your meetups" when it is next shown.
 */
export function useRsvp(id: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: meetupKey(id) }),
      queryClient.invalidateQueries({ queryKey: ['me', 'meetups'] }),
    ]);
  const going = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/meetups/{id}/rsvp', { params: { path: { id } }, body: { status: 'going' } }),
      ),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/meetups/{id}/rsvp', { params: { path: { id } } }));
    },
    onSuccess: refresh,
  });
  return { going, withdraw };
}

export type CheckIn = components['schemas']['CheckInDto'];

/** Self check-in with the code shown at the venue; afterwards the meetup shows the check-in time. */
export function useSelfCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (venueCode: string): Promise<CheckIn> =>
      unwrap(
        await api.POST('/api/v1/meetups/{id}/check-in', { params: { path: { id } }, body: { venueCode } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetupKey(id) }),
  });
}

export function useSaveMeetup(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: MeetupDraft): Promise<Meetup> =>
      id
        ? unwrap(await api.PATCH('/api/v1/meetups/{id}', { params: { path: { id } }, body: draft }))
        : unwrap(await api.POST('/api/v1/meetups', { body: draft })),
    onSuccess: (meetup) => storeChangeResult(queryClient, meetupKey(meetup.id), meetup),
  });
}

export function usePublishMeetup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/meetups/{id}/publish', { params: { path: { id } } })),
    onSuccess: (meetup) => storeChangeResult(queryClient, meetupKey(id), meetup),
  });
}
