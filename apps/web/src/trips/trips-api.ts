// My trips and the coffee offers made to me: announcing, cancelling, and saying "I'm in".
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type Trip = components['schemas']['TripDto'];
export type NewTrip = components['schemas']['AnnounceTripDto'];
export type Person = components['schemas']['PersonDto'];

export type CoffeeOffer = components['schemas']['CoffeeOfferDto'];

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const MY_TRIPS = ['trips', 'mine'] as const;
const MY_OFFERS = ['trips', 'offers'] as const;

/** Every page of a list: people have few trips and offers, and a trip's page must find its one among them. */
async function allPages<T>(fetchPage: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

export function useMyTrips(enabled = true) {
  return useQuery({
    queryKey: MY_TRIPS,
    enabled,
    queryFn: () =>
      allPages(async (cursor) =>
        unwrap(await api.GET('/api/v1/me/trips', { params: { query: { limit: 100, cursor } } })),
      ),
  });
}

export function useMyCoffeeOffers(enabled = true) {
  return useQuery({
    queryKey: MY_OFFERS,
    enabled,
    queryFn: () =>
      allPages(async (cursor) =>
        unwrap(await api.GET('/api/v1/me/coffee-offers', { params: { query: { limit: 100, cursor } } })),
      ),
  });
}

export function useTripChanges() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['trips'] });
  const announce = useMutation({
    mutationFn: async (trip: NewTrip) => unwrap(await api.POST('/api/v1/me/trips', { body: trip })),
    onSuccess: refresh,
  });
  const cancel = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/me/trips/{id}/cancel', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const sayYes = useMutation({
    mutationFn: async (tripId: string) =>
      unwrap(await api.POST('/api/v1/trips/{id}/coffee', { params: { path: { id: tripId } } })),
    onSuccess: refresh,
  });
  return { announce, cancel, sayYes };
}
