// On a profile: whom they follow, who follows them and their contacts (mutual follows), as far as I may see.
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ConnectionList, useConnectionList } from './contacts-api';
import { Avatar } from '../ui/avatar';
import { EmptyState } from '../ui/empty-state';
import { Button } from '../ui/button';

const LISTS: ConnectionList[] = ['following', 'followers', 'contacts'];

function PeopleList({ handle, list }: { handle: string; list: ConnectionList }) {
  const { t } = useTranslation();
  const people = useConnectionList(handle, list);

  if (people.isPending) return <p role="status">{t('contacts.loading')}</p>;
  if (people.isError) return <p role="alert">{t('contacts.loadFailed')}</p>;
  if (people.data.pages[0]?.hidden) return <p className="text-ink-muted">{t('contacts.notShared')}</p>;
  const items = people.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState>{t(`contacts.empty_${list}`)}</EmptyState>;
  return (
    <>
      <ul className="m-0 list-none divide-y divide-line p-0">
        {items.map((person) => (
          <li key={person.userId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <Avatar person={person} />
            <Link to={`/p/${person.handle}`}>{person.displayName}</Link>
            {(person.headline || person.homeCity) && (
              <span className="text-ink-muted">
                {' '}
                · {[person.headline, person.homeCity].filter(Boolean).join(' · ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {people.hasNextPage && (
        <Button
          type="button"
          variant="secondary"
          disabled={people.isFetchingNextPage}
          onClick={() => void people.fetchNextPage()}
        >
          {t('contacts.showMore')}
        </Button>
      )}
    </>
  );
}

export function ConnectionLists({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const [list, setList] = useState<ConnectionList>('following');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys move between the tabs, as a tab list's keyboard users expect.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = LISTS[(LISTS.indexOf(list) + step + LISTS.length) % LISTS.length];
    setList(next);
    tabs.current[LISTS.indexOf(next)]?.focus();
  };

  return (
    <section className="" aria-labelledby="connections-title">
      <h2 id="connections-title">{t('contacts.title')}</h2>
      <div
        className="mb-4 flex flex-wrap gap-2"
        role="tablist"
        aria-labelledby="connections-title"
        onKeyDown={onKeyDown}
      >
        {LISTS.map((choice, index) => (
          <Button
            key={choice}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`connections-tab-${choice}`}
            aria-controls="connections-panel"
            aria-selected={choice === list}
            tabIndex={choice === list ? 0 : -1}
            variant={choice === list ? 'primary' : 'secondary'}
            size="sm"
            onClick={() => setList(choice)}
          >
            {t(`contacts.${choice}`)}
          </Button>
        ))}
      </div>
      <div id="connections-panel" role="tabpanel" aria-labelledby={`connections-tab-${list}`}>
        <PeopleList key={list} handle={handle} list={list} />
      </div>
    </section>
  );
}
