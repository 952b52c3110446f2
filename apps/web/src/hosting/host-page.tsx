// The frame of every host page: the meetup loaded, and a friendly page instead for anyone who does not host it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../layout/page-heading';
import { type Meetup, useMeetup } from '../meetups/meetup-api';
import { NotFoundPage } from '../not-found/not-found-page';

export function HostPage({ children }: { children: (meetup: Meetup) => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meetup = useMeetup(id);

  if (meetup.isPending) return <p role="status">{t('meetup.loading')}</p>;
  if (meetup.isError) return <p role="alert">{t('meetup.loadFailed')}</p>;
  if (!meetup.data) return <NotFoundPage title={t('meetup.notFoundTitle')} text={t('meetup.notFoundText')} />;
  // The API refuses these requests to non-hosts all the same; this only spares them a page of errors.
  if (!meetup.data.viewerIsHost) {
    return (
      <section className="narrow">
        <PageHeading>{t('hosting.hostsOnlyTitle')}</PageHeading>
        <p>{t('hosting.hostsOnlyText')}</p>
        <p>
          <Link to={`/m/${id}`} className="button">
            {t('hosting.backToMeetup')}
          </Link>
        </p>
      </section>
    );
  }
  return children(meetup.data);
}

/** "← meetup title" above a host page's heading. */
export function BackToMeetup({ meetup }: { meetup: Meetup }) {
  return (
    <p className="host-page__back">
      <Link to={`/m/${meetup.id}`}>← {meetup.title}</Link>
    </p>
  );
}
