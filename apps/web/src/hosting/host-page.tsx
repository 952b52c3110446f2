// The frame of every host page: the meetup loaded, and a friendly page instead for anyone who does not host it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formattingLocale } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import { type Meetup, useMeetup } from '../meetups/meetup-api';
import { NotFoundPage } from '../not-found/not-found-page';
import { ButtonLink } from '../ui/button';

interface HostPageProps {
  title: string;
  className?: string;
  children: (meetup: Meetup) => ReactNode;
}

/** The meetup's title as a way back, the page's heading, then the page itself. */
export function HostPage({ title, className = '', children }: HostPageProps) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meetup = useMeetup(id);

  if (meetup.isPending) return <p role="status">{t('meetup.loading')}</p>;
  if (meetup.isError) return <p role="alert">{t('meetup.loadFailed')}</p>;
  if (!meetup.data) return <NotFoundPage title={t('meetup.notFoundTitle')} text={t('meetup.notFoundText')} />;
  // The API refuses these requests to non-hosts all the same; this only spares them a page of errors.
  if (!meetup.data.viewerIsHost) {
    return (
      <section className="max-w-md">
        <PageHeading>{t('hosting.hostsOnlyTitle')}</PageHeading>
        <p>{t('hosting.hostsOnlyText')}</p>
        <p>
          <ButtonLink to={`/m/${id}`}>{t('hosting.backToMeetup')}</ButtonLink>
        </p>
      </section>
    );
  }
  return (
    <section className={`host-page ${className}`.trim()}>
      <p className="m-0">
        <Link to={`/m/${id}`}>← {meetup.data.title}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {children(meetup.data)}
    </section>
  );
}

/** A time of the meetup's day as the hosts there read it: in the meetup's own time zone. */
export function timeAtVenue(iso: string, meetup: Meetup, language: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), {
    timeZone: meetup.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
