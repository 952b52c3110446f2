// What the hosts read about the room: the arrivals at the door (asked again every few seconds), the room in bands,
// and where the name badges are downloaded.
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type Arrivals = components['schemas']['ArrivalsDto'];
export type Arrival = components['schemas']['ArrivalDto'];
export type Room = components['schemas']['RoomDto'];
export type BadgeOrder = 'alphabetical' | 'arrival';

/** The door screen polls at the pace the API names; a check-in shows within that many seconds on every screen. */
export function useArrivals(id: string) {
  return useQuery({
    queryKey: ['meetup', id, 'arrivals'],
    queryFn: async (): Promise<Arrivals> =>
      unwrap(await api.GET('/api/v1/meetups/{id}/arrivals', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data?.refreshSeconds ?? 5) * 1000,
    refetchIntervalInBackground: false,
  });
}

export function useRoom(id: string) {
  return useQuery({
    queryKey: ['meetup', id, 'room'],
    queryFn: async (): Promise<Room> =>
      unwrap(await api.GET('/api/v1/meetups/{id}/room', { params: { path: { id } } })),
  });
}

/** The badge PDF: a plain link, so the browser downloads it with the session cookie like any file. */
export const badgesUrl = (id: string, order: BadgeOrder) =>
  `/api/v1/meetups/${encodeURIComponent(id)}/badges.pdf?order=${order}`;
