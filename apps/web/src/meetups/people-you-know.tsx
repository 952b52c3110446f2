// "People you know here": who among those going the viewer knows online, once the viewer is going too.
import { useQuery } from '@tanstack/react-query';
import { UsersRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { useAccount } from '../auth/session';
import { Avatar } from '../ui/avatar';
import { socialAccountLabel, socialAccountUrl } from '../social-accounts/social-account-link';
import type { Meetup } from './meetup-api';
import { EmptyState } from '../ui/empty-state';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';

function KnownPeople({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const people = useQuery({
    // The RSVP is part of the key: going changes what the API may tell.
    queryKey: ['meetup', meetup.id, 'people-you-know', meetup.myRsvp?.status ?? 'none'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetups/{id}/people-you-know', { params: { path: { id: meetup.id } } })),
  });
  if (people.isPending) return <p role="status">{t('meetup.loading')}</p>;
  if (people.isError) return <p role="alert">{t('meetup.loadFailed')}</p>;
  if (!people.data.viewerIsGoing)
    return <EmptyState icon={UsersRound}>{t('meetup.peopleYouKnowLater')}</EmptyState>;
  if (people.data.items.length === 0)
    return <EmptyState icon={UsersRound}>{t('meetup.peopleNobody')}</EmptyState>;
  return (
    <ul className="people-you-know m-0 grid list-none gap-3 p-0">
      {people.data.items.map((person) => (
        <Card as="li" compact key={person.userId} className="flex gap-3 sm:gap-4">
          <Avatar person={person} size={64} />
          <div className="min-w-0 flex-1">
            <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1">
              <Link to={`/p/${person.handle}`} className="font-semibold">
                {person.displayName}
              </Link>
              {person.knowEachOther && <Badge>{t('meetup.knowEachOther')}</Badge>}
              {person.claimed && <Badge tone="neutral">{t('meetup.claimed')}</Badge>}
            </p>
            {person.headline && <p className="my-0.5 text-ink-muted">{person.headline}</p>}
            {person.bioLine && <p className="mt-0.5 mb-0 [overflow-wrap:anywhere] my-1">{person.bioLine}</p>}
            {person.accounts.length > 0 && (
              <p className="mt-0.5 mb-0 [overflow-wrap:anywhere] my-1 text-sm text-ink-muted">
                {person.accounts.map((account, index) => {
                  const url = socialAccountUrl(account);
                  const label = socialAccountLabel(account);
                  return (
                    <span key={`${account.platform}:${account.handle}`}>
                      {index > 0 && ' · '}
                      {url ? (
                        <a href={url} rel="noopener noreferrer nofollow">
                          {label}
                        </a>
                      ) : (
                        label
                      )}
                    </span>
                  );
                })}
              </p>
            )}
            {person.sharedTopics.length > 0 && (
              <p className="mt-0.5 mb-0 [overflow-wrap:anywhere] my-1 text-sm">
                {t('meetup.sharedTopics', { topics: person.sharedTopics.join(', ') })}
              </p>
            )}
            {person.knowsYouAreComing && (
              <p className="mt-0.5 mb-0 [overflow-wrap:anywhere] my-1 text-sm text-accent-text">
                {t('meetup.knowsYouAreComing', { name: person.displayName })}
              </p>
            )}
          </div>
        </Card>
      ))}
    </ul>
  );
}

export function PeopleYouKnow({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <section aria-labelledby="known-heading">
      <h2 id="known-heading">{t('meetup.peopleYouKnow')}</h2>
      {account.data ? (
        <KnownPeople meetup={meetup} />
      ) : (
        <EmptyState icon={UsersRound}>{t('meetup.peopleYouKnowLater')}</EmptyState>
      )}
    </section>
  );
}
