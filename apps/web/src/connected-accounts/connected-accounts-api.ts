// A member's connected Mastodon and Bluesky accounts: listing, connecting, reading again, disconnecting.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { components } from '../api/schema';

export type ConnectedAccount = components['schemas']['ConnectedAccountDto'];

const CONNECTIONS = ['connected-accounts'] as const;
const WHILE_READING_MS = 2000;
const REFRESH_WATCHED_MS = 60_000;

/** Accounts a "refresh now" was asked for: looked at again until the worker's read shows (or a minute passed). */
const awaitedReads = new Map<string, { before: string; until: number }>();
const stateOf = (account: ConnectedAccount) => `${account.status}|${account.reason}|${account.lastReadAt}`;

function readUnderWay(accounts: ConnectedAccount[] | undefined): boolean {
  if (!accounts) return false;
  return accounts.some((account) => {
    if (account.status === 'reading') return true;
    const awaited = awaitedReads.get(account.id);
    if (!awaited) return false;
    if (awaited.before !== stateOf(account) || Date.now() > awaited.until) awaitedReads.delete(account.id);
    return awaitedReads.has(account.id);
  });
}

export function useConnectedAccounts() {
  return useQuery({
    queryKey: CONNECTIONS,
    queryFn: async (): Promise<ConnectedAccount[]> =>
      unwrap(await api.GET('/api/v1/me/connected-accounts')).items,
    // Reads run in the worker: look again until the one under way is done.
    refetchInterval: (query) => (readUnderWay(query.state.data) ? WHILE_READING_MS : false),
  });
}

/** Mastodon: the server's authorisation page to send the member to. */
export function useStartMastodonConnection() {
  return useMutation({
    mutationFn: async (handle: string): Promise<string> =>
      unwrap(await api.POST('/api/v1/me/connected-accounts/mastodon', { body: { handle } })).authoriseUrl,
  });
}

export function useFinishMastodonConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { state: string; code: string }): Promise<ConnectedAccount> =>
      unwrap(await api.POST('/api/v1/me/connected-accounts/mastodon/callback', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CONNECTIONS }),
  });
}

export function useConnectBluesky() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (handle: string): Promise<ConnectedAccount> =>
      unwrap(await api.POST('/api/v1/me/connected-accounts/bluesky', { body: { handle } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CONNECTIONS }),
  });
}

export function useRefreshConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (account: ConnectedAccount) => {
      unwrap(
        await api.POST('/api/v1/me/connected-accounts/{id}/refresh', {
          params: { path: { id: account.id } },
        }),
      );
      awaitedReads.set(account.id, { before: stateOf(account), until: Date.now() + REFRESH_WATCHED_MS });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CONNECTIONS }),
  });
}

export function useDisconnect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/api/v1/me/connected-accounts/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CONNECTIONS }),
  });
}
