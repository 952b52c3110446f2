import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Puts what a change answered into the cache, after dropping any read of the same thing still under way: begun
 * before the change, that read would answer with the state before it and, arriving last, put the old state back.
 */
export async function storeChangeResult<T>(queryClient: QueryClient, queryKey: QueryKey, result: T) {
  await queryClient.cancelQueries({ queryKey, exact: true });
  queryClient.setQueryData(queryKey, result);
}
