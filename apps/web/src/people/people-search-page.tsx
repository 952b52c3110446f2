// /people — find people by name or handle, and follow them. The search text lives in the address (?q=), so a
// search can be shared and survives a reload; the API finds only profiles the member may see.
import { Search, UserRoundSearch } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../api/error-text';
import { useAccount } from '../auth/session';
import { useFollow } from '../profiles/profile-api';
import { Avatar } from '../ui/avatar';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { FormField } from '../ui/form-field';
import { PageHeading } from '../ui/page-heading';
import { type PersonFound, searchTextOf, useDebounced, usePeopleSearch } from './people-api';

function FollowButton({ person }: { person: PersonFound }) {
  const { t } = useTranslation();
  const { follow, unfollow } = useFollow(person.handle);
  const [following, setFollowing] = useState(person.followedByYou);
  const busy = follow.isPending || unfollow.isPending;
  return (
    <div className="flex flex-col items-end gap-1">
      {following ? (
        <Button
          variant="secondary"
          size="sm"
          disabled={busy}
          aria-label={t('people.unfollowName', { name: person.displayName })}
          onClick={() => unfollow.mutate(undefined, { onSuccess: () => setFollowing(false) })}
        >
          {t('people.following')}
        </Button>
      ) : (
        <Button
          size="sm"
          disabled={busy}
          aria-label={t('people.followName', { name: person.displayName })}
          onClick={() => follow.mutate(undefined, { onSuccess: () => setFollowing(true) })}
        >
          {t('people.follow')}
        </Button>
      )}
      {(follow.error || unfollow.error) && (
        <span role="alert" className="text-sm text-danger-text">
          {errorText(follow.error ?? unfollow.error, t)}
        </span>
      )}
    </div>
  );
}

function PersonItem({ person, mayFollow }: { person: PersonFound; mayFollow: boolean }) {
  return (
    <li className="flex items-start gap-3 border-b border-line py-3 last:border-b-0">
      <Avatar person={person} size={64} />
      <div className="min-w-0 flex-1">
        <Link to={`/p/${person.handle}`} className="font-semibold">
          {person.displayName}
        </Link>
        <p className="m-0 truncate text-sm text-ink-muted">
          @{person.handle}
          {person.headline && ` · ${person.headline}`}
        </p>
        {person.bioLine && <p className="m-0 mt-1 text-ink">{person.bioLine}</p>}
      </div>
      {mayFollow && <FollowButton person={person} />}
    </li>
  );
}

function Results({ query }: { query: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  const search = usePeopleSearch(query);
  if (!query) return <EmptyState icon={UserRoundSearch}>{t('people.typeToSearch')}</EmptyState>;
  if (search.isPending) return <p role="status">{t('people.searching')}</p>;
  if (search.isError) return <p role="alert">{t('people.loadFailed')}</p>;
  const people = search.data.pages.flatMap((page) => page.items);
  const me = account.data?.id;
  return (
    <>
      <p role="status" className="text-ink-muted">
        {people.length === 0 ? t('people.nobody', { query }) : t('people.found', { count: people.length })}
      </p>
      {people.length > 0 && (
        <ul className="m-0 list-none p-0" aria-label={t('people.title')}>
          {people.map((person) => (
            <PersonItem key={person.userId} person={person} mayFollow={!!me && me !== person.userId} />
          ))}
        </ul>
      )}
      {search.hasNextPage && (
        <Button
          variant="secondary"
          disabled={search.isFetchingNextPage}
          onClick={() => void search.fetchNextPage()}
        >
          {t('people.more')}
        </Button>
      )}
    </>
  );
}

export function PeopleSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const query = useDebounced(searchTextOf(typed));
  const update = (text: string) => {
    setTyped(text);
    setParams(text.trim() ? { q: text } : {}, { replace: true });
  };
  return (
    <>
      <PageHeading lead={t('people.lead')}>{t('people.title')}</PageHeading>
      <form role="search" onSubmit={(event) => event.preventDefault()} className="max-w-xl">
        <FormField
          label={t('people.search')}
          hint={t('people.searchHint')}
          name="q"
          control={(props) => (
            <div className="relative">
              <Search
                aria-hidden
                size={18}
                className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-ink-muted"
              />
              <input
                {...props}
                type="search"
                className="w-full pl-9"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={typed}
                onChange={(event) => update(event.target.value)}
              />
            </div>
          )}
        />
      </form>
      <Results query={query} />
    </>
  );
}
