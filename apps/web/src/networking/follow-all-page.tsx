// /m/:id/we-met/follow-all — where the "we met" mail's button lands: after login, follows everyone met in person.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccount } from '../auth/session';
import { LogInFirst } from '../trips/trips-page';
import { Notice } from '../ui/notice';
import { PageHeading } from '../ui/page-heading';
import { useFollowAll } from './networking-api';

function FollowAll({ meetupId }: { meetupId: string }) {
  const { t } = useTranslation();
  const followAll = useFollowAll(meetupId);
  const { mutate } = followAll;
  // Opening the link is the click: the mail's button says what happens.
  useEffect(() => mutate(), [mutate]);
  if (followAll.isError) return <p role="alert">{t('networking.failed')}</p>;
  if (!followAll.data) return <p role="status">{t('networking.loading')}</p>;
  const count = followAll.data.following;
  return (
    <Notice tone={count > 0 ? 'success' : 'info'} role="status">
      {count > 0 ? t('networking.followAllDone', { count }) : t('networking.followAllNone')}
    </Notice>
  );
}

export function FollowAllPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const account = useAccount();
  return (
    <section className="max-w-md">
      <PageHeading>{t('networking.followAllTitle')}</PageHeading>
      {account.isPending && <p role="status">{t('networking.loading')}</p>}
      {account.isError && <p role="alert">{t('networking.loadFailed')}</p>}
      {account.isSuccess && !account.data && <LogInFirst text={t('networking.followAllLogIn')} />}
      {account.data && <FollowAll meetupId={id} />}
      <p>
        <Link to={`/m/${id}`}>{t('networking.backToMeetup')}</Link>
      </p>
    </section>
  );
}
