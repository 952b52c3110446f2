// /admin/meetups — every meetup, drafts and cancelled ones too: open, edit, cancel (on its page) or hand over.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading';
import { type AdminMeetup, type MeetupStatus, useAdminMeetups, useCoHosts, useHandOver } from './admin-api';
import { SearchField } from './search-field';
import { Button, ButtonLink } from '../ui/button';
import { Notice } from '../ui/notice';
import { Badge } from '../ui/badge';

const STATUSES: MeetupStatus[] = ['draft', 'published', 'cancelled'];

export function AdminMeetupsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MeetupStatus | ''>('');
  const meetups = useAdminMeetups(q, status);
  return (
    <section>
      <PageHeading>{t('admin.nav.meetups')}</PageHeading>
      <div className="mb-4 grid grid-cols-[repeat(auto-fit,minmax(12rem,1fr))] items-end gap-x-4 gap-y-2 [&>div]:m-0">
        <SearchField label={t('admin.meetups.search')} value={q} onChange={setQ} />
        <div className="mb-4 flex flex-col gap-1 [&>label]:font-semibold">
          <label htmlFor="admin-meetup-status">{t('admin.meetups.status')}</label>
          <select
            id="admin-meetup-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as MeetupStatus | '')}
          >
            <option value="">{t('admin.meetups.anyStatus')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`admin.meetups.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {meetups.isError && <p role="alert">{t('admin.loadFailed')}</p>}
      {meetups.data && meetups.data.items.length === 0 && <p>{t('admin.nothingFound')}</p>}
      <ul className="m-0 my-4 list-none divide-y divide-line p-0">
        {meetups.data?.items.map((meetup) => (
          <MeetupRow key={meetup.id} meetup={meetup} />
        ))}
      </ul>
    </section>
  );
}

function MeetupRow({ meetup }: { meetup: AdminMeetup }) {
  const { t, i18n } = useTranslation();
  const [handingOver, setHandingOver] = useState(false);
  const starts = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: meetup.timeZone,
  }).format(new Date(meetup.startsAt));
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 [&_p]:my-1 block!">
      <p>
        <Link to={`/m/${meetup.id}`}>
          <strong>{meetup.title}</strong>
        </Link>{' '}
        <Badge tone="neutral">{t(`admin.meetups.statuses.${meetup.status}`)}</Badge>
      </p>
      <p className="text-ink-muted">
        {starts} · {meetup.city} · {meetup.organiserName ?? t('admin.meetups.noOrganiser')}
      </p>
      {meetup.status !== 'cancelled' && (
        <p className="flex flex-wrap items-center gap-3">
          <ButtonLink to={`/m/${meetup.id}/edit`} variant="secondary" size="sm">
            {t('admin.meetups.edit')}
          </ButtonLink>
          <ButtonLink to={`/m/${meetup.id}`} variant="secondary" size="sm">
            {t('admin.meetups.cancel')}
          </ButtonLink>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            aria-expanded={handingOver}
            onClick={() => setHandingOver(!handingOver)}
          >
            {t('admin.meetups.handOver')}
          </Button>
        </p>
      )}
      {handingOver && <HandOver meetup={meetup} />}
    </li>
  );
}

function HandOver({ meetup }: { meetup: AdminMeetup }) {
  const { t } = useTranslation();
  const coHosts = useCoHosts(meetup.id, true);
  const handOver = useHandOver();
  const [chosen, setChosen] = useState('');
  if (coHosts.isPending) return <p role="status">{t('home.loading')}</p>;
  const items = coHosts.data?.items ?? [];
  if (items.length === 0) return <Notice tone="warning">{t('admin.meetups.noCoHosts')}</Notice>;
  return (
    <form
      className="flex flex-wrap items-center gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) handOver.mutate({ meetupId: meetup.id, userId: chosen });
      }}
    >
      <label>
        {t('admin.meetups.newOrganiser')}{' '}
        <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">—</option>
          {items.map((coHost) => (
            <option key={coHost.userId} value={coHost.userId}>
              {coHost.displayName}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" size="sm" disabled={!chosen || handOver.isPending}>
        {t('admin.meetups.handOverSubmit')}
      </Button>
      {handOver.isError && <span role="alert">{t('form.failed')}</span>}
    </form>
  );
}
