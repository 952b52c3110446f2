// My mail settings, and the one category a signed unsubscribe link names (no login needed for that).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type NotificationPreferences = components['schemas']['NotificationPreferencesDto'];
export type NotificationCategory = keyof NotificationPreferences;
export type Subscription = components['schemas']['SubscriptionDto'];

export const NOTIFICATION_CATEGORIES: NotificationCategory[] = [
  'invitations',
  'updates',
  'reminders',
  'introductions',
];

const PREFERENCES = ['notification-preferences'] as const;
const subscriptionKey = (token: string) => ['unsubscribe', token] as const;

export function useNotificationPreferences(enabled: boolean) {
  return useQuery({
    queryKey: PREFERENCES,
    enabled,
    queryFn: async (): Promise<NotificationPreferences> => unwrap(await api.GET('/api/v1/me/notifications')),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: NotificationPreferences): Promise<NotificationPreferences> =>
      unwrap(await api.PATCH('/api/v1/me/notifications', { body: preferences })),
    onSuccess: (saved) => storeChangeResult(queryClient, PREFERENCES, saved),
  });
}

/** Reads only, so opening the page (or a mail scanner opening it) changes nothing. */
export function useSubscription(token: string) {
  return useQuery({
    queryKey: subscriptionKey(token),
    queryFn: async (): Promise<Subscription> =>
      unwrap(await api.GET('/api/v1/unsubscribe/{token}/subscription', { params: { path: { token } } })),
  });
}

export function useChangeSubscription(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subscribed: boolean): Promise<Subscription> =>
      unwrap(
        await api.PUT('/api/v1/unsubscribe/{token}/subscription', {
          params: { path: { token } },
          body: { subscribed },
        }),
      ),
    onSuccess: (subscription) => {
      // The settings form starts from what it loads: it must load afresh, not show the old value first.
      queryClient.removeQueries({ queryKey: PREFERENCES });
      return storeChangeResult(queryClient, subscriptionKey(token), subscription);
    },
  });
}
