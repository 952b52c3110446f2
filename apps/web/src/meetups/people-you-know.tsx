// "People you know here": who among those going the viewer knows online, once the viewer is going too.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { useAccount } from '../auth/session';
import { Avatar } from '../ui/avatar';
import { socialAccountLabel, socialAccountUrl } from '../social-accounts/social-account-link';
import type { Meetup } from './meetup-api';

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
  if (!people.data.viewerIsGoing) return <p className="empty-state">{t('meetup.peopleYouKnowLater')}</p>;
  if (people.data.items.length === 0) return <p className="empty-state">{t('meetup.peopleNobody')}</p>;
  return (
    <ul className="people-you-know">
      {people.data.items.map((person) => (
        <li key={person.userId}>
          <Avatar person={person} />
          <Link to={`/p/${person.handle}`}>{person.displayName}</Link>
          {person.headline && <span className="muted"> · {person.headline}</span>}
          {person.knowEachOther && <span className="badge">{t('meetup.knowEachOther')}</span>}
          {person.claimed && <span className="badge badge--muted">{t('meetup.claimed')}</span>}
          {person.bioLine && <p className="person__line">{person.bioLine}</p>}
          {person.accounts.length > 0 && (
            <p className="person__line muted">
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
            <p className="person__line">
              {t('meetup.sharedTopics', { topics: person.sharedTopics.join(', ') })}
            </p>
          )}
          {person.knowsYouAreComing && (
            <p className="person__line muted">
              {t('meetup.knowsYouAreComing', { name: person.displayName })}
            </p>
          )}
        </li>
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
        <p className="empty-state">{t('meetup.peopleYouKnowLater')}</p>
      )}
    </section>
  );
}
