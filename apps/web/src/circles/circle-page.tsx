// /c/:slug — a circle: what it is, whom you know in it, joining, and its upcoming meetups.
import { CalendarArrowDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccount } from '../auth/session';
import { NotFoundPage } from '../not-found/not-found-page';
import { useFormattingLocale } from '../server-render/use-hydrated';
import { Avatar, Cover } from '../ui/avatar';
import { Badge } from '../ui/badge';
import { ButtonLink } from '../ui/button';
import { Card } from '../ui/card';
import { EmptyState } from '../ui/empty-state';
import { PageHeading } from '../ui/page-heading';
import { CircleJoin } from './circle-join';
import { CirclePeopleYouKnow } from './circle-people-you-know';
import { type Circle, useCircle, useCircleMeetups } from './circles-api';

function CircleMeetups({ circle }: { circle: Circle }) {
  const { t, i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  const meetups = useCircleMeetups(circle.slug);
  const hidden = circle.visibility === 'members_only' && !circle.viewer.role;
  return (
    <section aria-labelledby="circle-meetups">
      <h2 id="circle-meetups">{t('circles.meetups')}</h2>
      {meetups.isPending && <p role="status">{t('circles.loading')}</p>}
      {meetups.data?.items.length === 0 && (
        <EmptyState>{hidden ? t('circles.membersOnlyMeetups') : t('circles.noMeetups')}</EmptyState>
      )}
      <ul className="m-0 flex list-none flex-col gap-3 p-0">
        {meetups.data?.items.map((meetup) => (
          <Card as="li" compact key={meetup.id}>
            <Link to={`/m/${meetup.id}`} className="text-lg font-semibold">
              {meetup.title}
            </Link>
            <p className="m-0 text-ink-muted">
              <time dateTime={meetup.startsAt}>
                {new Intl.DateTimeFormat(locale, {
                  dateStyle: 'full',
                  timeStyle: 'short',
                  timeZone: meetup.timeZone,
                }).format(new Date(meetup.startsAt))}
              </time>
              {' · '}
              {meetup.venueName ?? meetup.city}
            </p>
          </Card>
        ))}
      </ul>
      {/* Calendar apps subscribe without a session: a members-only circle's feed would be empty for them. */}
      {circle.visibility !== 'members_only' && (
        <p className="mt-4">
          <a
            href={`/api/v1/circles/${circle.slug}/calendar.ics`}
            className="inline-flex items-center gap-1.5"
          >
            <CalendarArrowDown aria-hidden size={18} />
            {t('circles.calendarFeed')}
          </a>
          <br />
          <span className="text-sm text-ink-muted">{t('circles.calendarFeedHint')}</span>
        </p>
      )}
    </section>
  );
}

export function CirclePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const circle = useCircle(slug);
  const account = useAccount();

  if (circle.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (!circle.data) return <NotFoundPage />;
  const data = circle.data;
  return (
    <article>
      {data.cover && <Cover priority image={data.cover} className="mb-4" />}
      {data.logo && (
        <Avatar person={{ displayName: data.name, photo: data.logo }} size={64} className="mt-2" />
      )}
      <PageHeading
        lead={`${data.city} · ${t('circles.members', { count: data.memberCount })}`}
        actions={
          data.viewer.isOrganiser ? (
            <>
              <ButtonLink to={`/c/${data.slug}/meetups/new`}>{t('circles.newMeetup')}</ButtonLink>
              <ButtonLink to={`/c/${data.slug}/manage`} variant="secondary">
                {t('circles.manage')}
              </ButtonLink>
              <ButtonLink to={`/c/${data.slug}/edit`} variant="secondary">
                {t('circles.edit')}
              </ButtonLink>
            </>
          ) : undefined
        }
      >
        {data.name}
      </PageHeading>
      {data.topics.length > 0 && (
        <p className="flex flex-wrap gap-1">
          {data.topics.map((topic) => (
            <Badge key={topic} tone="neutral">
              {topic}
            </Badge>
          ))}
        </p>
      )}
      {account.data && <CirclePeopleYouKnow slug={data.slug} />}
      <CircleJoin circle={data} />
      {data.descriptionHtml.trim() && (
        // The API renders the Markdown with HTML switched off and sanitises the result.
        <div className="rich-text" dangerouslySetInnerHTML={{ __html: data.descriptionHtml }} />
      )}
      <CircleMeetups circle={data} />
    </article>
  );
}
