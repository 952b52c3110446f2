// "People you know here": who among those going the viewer knows online, once the viewer is going too.
import { useQuery } from '@tanstack/react-query';
import { UsersRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { useAccount } from '../auth/session';
import { KnownPerson } from './known-person';
import type { Meetup } from './meetup-api';
import { EmptyState } from '../ui/empty-state';

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
        <KnownPerson key={person.userId} person={person} />
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
