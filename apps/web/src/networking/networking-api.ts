// Buddies, "I'd like to meet you" and "we met" as the API shows them to an attendee, and the changes they make.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type BuddyChoice = components['schemas']['ChooseBuddyDto']['choice'];
export type Attendee = components['schemas']['AttendeeDto'];

const key = (meetupId: string, part: string) => ['meetup', meetupId, 'networking', part] as const;

export function useBuddy(meetupId: string) {
  const queryClient = useQueryClient();
  const buddy = useQuery({
    queryKey: key(meetupId, 'buddy'),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetups/{id}/buddy', { params: { path: { id: meetupId } } })),
  });
  const choose = useMutation({
    mutationFn: async (choice: BuddyChoice) =>
      unwrap(
        await api.PUT('/api/v1/meetups/{id}/buddy', { params: { path: { id: meetupId } }, body: { choice } }),
      ),
    onSuccess: (state) => storeChangeResult(queryClient, key(meetupId, 'buddy'), state),
  });
  return { buddy, choose };
}

/** The going attendees the viewer can see, but the viewer. */
export function useOthersGoing(meetupId: string, viewerId: string) {
  return useQuery({
    queryKey: key(meetupId, 'attendees'),
    queryFn: async () => {
      const list = unwrap(
        await api.GET('/api/v1/meetups/{id}/attendees', {
          params: { path: { id: meetupId }, query: { limit: 100 } },
        }),
      );
      // A host's list holds people who keep their attendance private too; only visible ones can be marked.
      return list.items.filter(
        (person) =>
          person.status === 'going' && person.userId !== viewerId && person.attendsVisibly !== false,
      );
    },
  });
}

/** A mark on a person (a wish, a "we met"): set or taken back, then the marks are read again. */
function useMarks<T>(meetupId: string, part: 'meeting-wishes' | 'we-met', read: () => Promise<T>) {
  const queryClient = useQueryClient();
  const marks = useQuery({ queryKey: key(meetupId, part), queryFn: read });
  const toggle = useMutation({
    mutationFn: async ({ userId, on }: { userId: string; on: boolean }) => {
      const params = { params: { path: { id: meetupId, userId } } };
      if (part === 'meeting-wishes') {
        unwrap(
          on
            ? await api.PUT('/api/v1/meetups/{id}/meeting-wishes/{userId}', params)
            : await api.DELETE('/api/v1/meetups/{id}/meeting-wishes/{userId}', params),
        );
      } else {
        unwrap(
          on
            ? await api.PUT('/api/v1/meetups/{id}/we-met/{userId}', params)
            : await api.DELETE('/api/v1/meetups/{id}/we-met/{userId}', params),
        );
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(meetupId, part) }),
  });
  return { marks, toggle };
}

export const useMeetingWishes = (meetupId: string) =>
  useMarks(meetupId, 'meeting-wishes', async () =>
    unwrap(await api.GET('/api/v1/meetups/{id}/meeting-wishes', { params: { path: { id: meetupId } } })),
  );

export const useWeMet = (meetupId: string) =>
  useMarks(meetupId, 'we-met', async () =>
    unwrap(await api.GET('/api/v1/meetups/{id}/we-met', { params: { path: { id: meetupId } } })),
  );

export function useFollowAll(meetupId: string) {
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/meetups/{id}/we-met/follow-all', { params: { path: { id: meetupId } } }),
      ),
  });
}
