// The pages the server renders with their content, and the queries each one reads. The server fills the React
// Query cache with exactly these before it renders, and the browser starts from that cache: a page that should
// come with its content declares its queries here and needs no code of its own on the server.
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { ProfilePage } from '../app';
import { accountQuery } from '../auth/session';
import type { LazyPage } from '../layout/lazy-page';
import { meetupQuery } from '../meetups/meetup-api';
import { ownProfileQuery, profileQuery } from '../profiles/profile-api';

type Params = Record<string, string | undefined>;
type PageQuery = Parameters<QueryClient['fetchQuery']>[0];

interface ServerRenderedPage {
  path: string;
  queries: (params: Params) => PageQuery[];
  /** A page whose code is loaded on demand: the browser loads it before it hydrates the server's HTML. */
  code?: LazyPage;
}

export const SERVER_RENDERED_PAGES: ServerRenderedPage[] = [
  { path: '/', queries: () => [] },
  { path: '/m/:id', queries: ({ id = '' }) => [meetupQuery(id) as PageQuery] },
  {
    path: '/p/:handle',
    queries: ({ handle = '' }) => [profileQuery(handle) as PageQuery],
    code: ProfilePage,
  },
];

export function serverRenderedPage(
  pathname: string,
): { page: ServerRenderedPage; params: Params } | undefined {
  for (const page of SERVER_RENDERED_PAGES) {
    const match = matchPath({ path: page.path, end: true }, pathname);
    if (match) return { page, params: match.params };
  }
  return undefined;
}

/**
 * Reads what the page at `pathname` shows, into `queryClient`; undefined when the server does not render it.
 * Every page shows who is logged in (the header) and speaks their profile's language: the account and the page's
 * own queries go at once, the profile only for members. A visitor who sent no cookie has no session, so they are
 * a guest without asking (the page's API requests carry the visitor's cookie and nothing else that logs in).
 * A query that fails throws: the page is then sent without content rather than rendered in a state the browser
 * would not reproduce.
 */
export async function readPageData(
  queryClient: QueryClient,
  pathname: string,
  visitor: { sentCookie: boolean },
): Promise<Record<string, unknown> | undefined> {
  const found = serverRenderedPage(pathname);
  if (!found) return undefined;
  const queries = found.page.queries(found.params);
  if (!visitor.sentCookie) queryClient.setQueryData(accountQuery.queryKey, null);
  const [account, ...answers] = await Promise.all([
    queryClient.fetchQuery(accountQuery),
    ...queries.map((query) => queryClient.fetchQuery(query)),
  ]);
  if (account) await queryClient.fetchQuery(ownProfileQuery);
  // What the page is about, by the first word of each query's key ('meetup', 'profile'), and whether a guest
  // read it: for its link preview.
  return {
    guest: !account,
    ...Object.fromEntries(queries.map((query, index) => [String(query.queryKey[0]), answers[index]])),
  };
}
