// /m/:id — everything a person needs to decide, RSVP and find the place.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { HostTools } from '../hosting/host-tools';
import { Cover, Avatar } from '../ui/avatar';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { AddToCalendar } from './add-to-calendar';
import { openStreetMapLink } from './calendar-links';
import { type Meetup, useMeetup } from './meetup-api';
import { readableTime, viewerTimeZone } from './meetup-time';
import { PeopleYouKnow } from './people-you-know';
import { RsvpPanel } from './rsvp-panel';
import { ReportButton } from '../moderation/report-button';
import { useAccount } from '../auth/session';
import { useFormattingLocale, useHydrated } from '../server-render/use-hydrated';

function When({ meetup }: { meetup: Meetup }) {
  const { t, i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  // The venue's clock is the same everywhere; the viewer's is known only in the browser, after hydration.
  const viewerZone = useHydrated() ? viewerTimeZone() : meetup.timeZone;
  const time = readableTime(meetup, viewerZone, locale);
  return (
    <div>
      <h2>{t('meetup.when')}</h2>
      <p>
        <time dateTime={meetup.startsAt}>{time.atVenue}</time> ({meetup.timeZone})
      </p>
      {time.forViewer && (
        <p className="muted">
          {t('meetup.yourTime', { time: time.forViewer })} ({viewerZone})
        </p>
      )}
    </div>
  );
}

function HostLine({ host }: { host: NonNullable<Meetup['organiser']> }) {
  const { t } = useTranslation();
  return (
    <p className="host-line">
      <Avatar person={host} />
      <span>
        {t('media.hostedBy')} <Link to={`/p/${host.handle}`}>{host.displayName}</Link>
      </span>
    </p>
  );
}

function Where({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const place = [meetup.venueName, meetup.address, meetup.city];
  return (
    <div>
      <h2>{t('meetup.where')}</h2>
      <address>
        {place.filter(Boolean).map((line) => (
          <span key={line} className="address-line">
            {line}
          </span>
        ))}
      </address>
      <p>
        <a href={openStreetMapLink(place)} target="_blank" rel="noopener noreferrer">
          {t('meetup.openMap')}
        </a>
      </p>
      {meetup.onlineUrl && (
        <p>
          {t('meetup.online')}:{' '}
          <a href={meetup.onlineUrl} rel="noopener noreferrer nofollow">
            {meetup.onlineUrl}
          </a>
        </p>
      )}
    </div>
  );
}

export function MeetupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meetup = useMeetup(id);

  if (meetup.isPending) return <p role="status">{t('meetup.loading')}</p>;
  if (meetup.isError) return <p role="alert">{t('meetup.loadFailed')}</p>;
  if (!meetup.data) return <NotFoundPage title={t('meetup.notFoundTitle')} text={t('meetup.notFoundText')} />;
  const data = meetup.data;

  return (
    <article className="meetup">
      {data.status === 'draft' && <p className="notice">{t('meetup.draft')}</p>}
      {data.status === 'cancelled' && (
        <div className="notice notice--danger" role="status">
          <p>{t('meetup.cancelled')}</p>
          {data.cancellationMessage && <p>{data.cancellationMessage}</p>}
        </div>
      )}
      {data.cover && <Cover priority image={data.cover} />}
      <PageHeading>{data.title}</PageHeading>
      <p className="muted">{data.topics.join(' · ')}</p>
      {data.organiser && <HostLine host={data.organiser} />}
      {data.viewerIsHost && <HostTools meetup={data} />}
      <div className="meetup__facts">
        <When meetup={data} />
        <Where meetup={data} />
      </div>
      <RsvpPanel meetup={data} />
      {data.descriptionHtml.trim() && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('meetup.about')}</h2>
          {/* The API renders the Markdown with HTML switched off and sanitises the result. */}
          <div className="meetup__description" dangerouslySetInnerHTML={{ __html: data.descriptionHtml }} />
        </section>
      )}
      <PeopleYouKnow meetup={data} />
      <AddToCalendar meetup={data} />
      <ReportMeetup meetup={data} />
    </article>
  );
}

/** Members who see a meetup they do not host may report it. */
function ReportMeetup({ meetup }: { meetup: { id: string; viewerIsHost: boolean } }) {
  const account = useAccount();
  if (!account.data || meetup.viewerIsHost) return null;
  return <ReportButton subject="meetup" subjectId={meetup.id} />;
}
