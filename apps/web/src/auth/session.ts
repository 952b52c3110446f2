// Who is logged in, and logging in and out: the session is an httpOnly cookie the page never sees.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { storeChangeResult } from '../api/store-change-result';
import { api } from '../api/client';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';

export type Account = components['schemas']['AccountDto'];
export interface Credentials {
  email: string;
  password: string;
}
export interface NewAccount extends Credentials {
  displayName: string;
  /** The language the person signed up in becomes their profile's, so later visits speak it too. */
  language: 'de' | 'en';
}

const ACCOUNT = ['account'] as const;

/** The logged-in account, or null for a guest. */
export const accountQuery = queryOptions({
  queryKey: ACCOUNT,
  queryFn: async (): Promise<Account | null> => {
    const result = await api.GET('/api/v1/me');
    if (result.response.status === 401) return null;
    return unwrap(result);
  },
  staleTime: 60_000,
});

export function useAccount() {
  return useQuery(accountQuery);
}

async function startSession(credentials: Credentials): Promise<Account> {
  return unwrap(await api.POST('/api/v1/auth/session', { body: credentials })).account;
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startSession,
    onSuccess: (account) => storeChangeResult(queryClient, ACCOUNT, account),
  });
}

/** Signing up logs nobody in: the account opens with the link mailed to its address (and then a log-in). */
export function useSignUp() {
  return useMutation({
    mutationFn: async (account: NewAccount) =>
      unwrap(await api.POST('/api/v1/auth/register', { body: account })),
  });
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/auth/session'));
    },
    onSuccess: () => {
      // Nothing seen while logged in may stay on screen; the account query stays, so its observers see null.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ACCOUNT[0] });
      return storeChangeResult(queryClient, ACCOUNT, null);
    },
  });
}
