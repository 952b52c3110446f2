// Seat offers as the API shows them to the viewer: whom they could hand their seat to, the open offers of their
// seat and to them, and the answers.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type SeatOffer = components['schemas']['SeatOfferDto'];
export type SeatPerson = components['schemas']['SeatPersonDto'];

const offersKey = (meetupId: string) => ['meetup', meetupId, 'seat-offers'] as const;

export function useSeatOffers(meetupId: string, enabled: boolean) {
  return useQuery({
    queryKey: offersKey(meetupId),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetups/{id}/seat-offers', { params: { path: { id: meetupId } } })),
  });
}

export function useSeatCandidates(meetupId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...offersKey(meetupId), 'candidates'],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/meetups/{id}/seat-offers/candidates', { params: { path: { id: meetupId } } }),
      ),
  });
}

/** Offering, taking and declining change seats: the meetup and its offers are read again afterwards. */
function useRefresh(meetupId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['meetup', meetupId] }),
      queryClient.invalidateQueries({ queryKey: ['me', 'meetups'] }),
    ]);
}

export function useOfferSeat(meetupId: string) {
  const refresh = useRefresh(meetupId);
  return useMutation({
    mutationFn: async (receiverId: string) =>
      unwrap(
        await api.POST('/api/v1/meetups/{id}/seat-offers', {
          params: { path: { id: meetupId } },
          body: { receiverId },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useAnswerSeatOffer(meetupId: string) {
  const refresh = useRefresh(meetupId);
  const take = useMutation({
    mutationFn: async (offerId: string) =>
      unwrap(
        await api.POST('/api/v1/meetups/{id}/seat-offers/{offerId}/take', {
          params: { path: { id: meetupId, offerId } },
        }),
      ),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: async (offerId: string) => {
      unwrap(
        await api.POST('/api/v1/meetups/{id}/seat-offers/{offerId}/decline', {
          params: { path: { id: meetupId, offerId } },
        }),
      );
    },
    onSuccess: refresh,
  });
  return { take, decline };
}
