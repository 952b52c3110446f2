// /m/:id — everything a person needs to decide, RSVP and find the place.
import { CalendarDays, MapPin } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SeriesPanel } from '../circles/series/series-panel';
import { HostTools } from '../hosting/host-tools';
import { Cover, Avatar } from '../ui/avatar';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { AddToCalendar } from './add-to-calendar';
import { openStreetMapLink } from './calendar-links';
import { type Meetup, useMeetup } from './meetup-api';
import { readableTime, viewerTimeZone } from './meetup-time';
import { PeopleYouKnow } from './people-you-know';
import { MeetupNetworking } from '../networking/meetup-networking';
import { RsvpPanel } from './rsvp-panel';
import { ReportButton } from '../moderation/report-button';
import { useAccount } from '../auth/session';
import { useFormattingLocale, useHydrated } from '../server-render/use-hydrated';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import { Notice } from '../ui/notice';

/** One fact of the meetup (when, where) with its icon. */
function Fact({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Card compact className="flex gap-3">
      <span className="mt-0.5 inline-flex size-10 flex-none items-center justify-center rounded-full bg-accent-soft text-accent-text">
        {icon}
      </span>
      <div className="min-w-0">
        <h2 className="m-0 text-base font-semibold text-ink-muted">{title}</h2>
        {children}
      </div>
    </Card>
  );
}

function When({ meetup }: { meetup: Meetup }) {
  const { t, i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  // The venue's clock is the same everywhere; the viewer's is known only in the browser, after hydration.
  const viewerZone = useHydrated() ? viewerTimeZone() : meetup.timeZone;
  const time = readableTime(meetup, viewerZone, locale);
  return (
    <Fact icon={<CalendarDays aria-hidden size={20} />} title={t('meetup.when')}>
      <p className="my-1 font-semibold">
        <time dateTime={meetup.startsAt}>{time.atVenue}</time> ({meetup.timeZone})
      </p>
      {time.forViewer && (
        <p className="my-1 text-sm text-ink-muted">
          {t('meetup.yourTime', { time: time.forViewer })} ({viewerZone})
        </p>
      )}
    </Fact>
  );
}

function HostLine({ host }: { host: NonNullable<Meetup['organiser']> }) {
  const { t } = useTranslation();
  return (
    <p className="host-line my-3 flex items-center gap-3">
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
    <Fact icon={<MapPin aria-hidden size={20} />} title={t('meetup.where')}>
      <address className="my-1 not-italic">
        {place.filter(Boolean).map((line, index) => (
          <span key={line} className={index === 0 ? 'block font-semibold' : 'block'}>
            {line}
          </span>
        ))}
      </address>
      <p className="my-1">
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
    </Fact>
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
    <article className="">
      {data.status === 'draft' && <Notice tone="warning">{t('meetup.draft')}</Notice>}
      {data.status === 'cancelled' && (
        <Notice tone="danger" role="status">
          <p>{t('meetup.cancelled')}</p>
          {data.cancellationMessage && <p>{data.cancellationMessage}</p>}
        </Notice>
      )}
      {data.cover && <Cover priority image={data.cover} className="mb-4" />}
      <PageHeading>{data.title}</PageHeading>
      {data.topics.length > 0 && (
        <ul className="m-0 flex list-none flex-wrap gap-2 p-0" aria-label={t('profile.topics')}>
          {data.topics.map((topic) => (
            <li key={topic}>
              <Badge tone="neutral">{topic}</Badge>
            </li>
          ))}
        </ul>
      )}
      {data.organiser && <HostLine host={data.organiser} />}
      {data.viewerIsHost && <HostTools meetup={data} />}
      <div className="my-6 grid gap-3 sm:grid-cols-2">
        <When meetup={data} />
        <Where meetup={data} />
      </div>
      <RsvpPanel meetup={data} />
      <SeriesPanel meetup={data} />
      {data.descriptionHtml.trim() && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('meetup.about')}</h2>
          {/* The API renders the Markdown with HTML switched off and sanitises the result. */}
          <div
            className="meetup__description rich-text"
            dangerouslySetInnerHTML={{ __html: data.descriptionHtml }}
          />
        </section>
      )}
      <PeopleYouKnow meetup={data} />
      <MeetupNetworking meetup={data} />
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
