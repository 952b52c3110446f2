// /admin/meetups — every meetup, drafts and cancelled ones too: open, edit, cancel (on its page) or hand over.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading';
import { type AdminMeetup, type MeetupStatus, useAdminMeetups, useCoHosts, useHandOver } from './admin-api';
import { SearchField } from './search-field';

const STATUSES: MeetupStatus[] = ['draft', 'published', 'cancelled'];

export function AdminMeetupsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MeetupStatus | ''>('');
  const meetups = useAdminMeetups(q, status);
  return (
    <section>
      <PageHeading>{t('admin.nav.meetups')}</PageHeading>
      <div className="meetup-filters">
        <SearchField label={t('admin.meetups.search')} value={q} onChange={setQ} />
        <div className="field">
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
      <ul className="admin-list">
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
    <li className="admin-list__item admin-list__item--stacked">
      <p>
        <Link to={`/m/${meetup.id}`}>
          <strong>{meetup.title}</strong>
        </Link>{' '}
        <span className="badge badge--muted">{t(`admin.meetups.statuses.${meetup.status}`)}</span>
      </p>
      <p className="muted">
        {starts} · {meetup.city} · {meetup.organiserName ?? t('admin.meetups.noOrganiser')}
      </p>
      {meetup.status !== 'cancelled' && (
        <p className="actions">
          <Link to={`/m/${meetup.id}/edit`} className="button button--small button--secondary">
            {t('admin.meetups.edit')}
          </Link>
          <Link to={`/m/${meetup.id}`} className="button button--small button--secondary">
            {t('admin.meetups.cancel')}
          </Link>
          <button
            type="button"
            className="button button--small button--secondary"
            aria-expanded={handingOver}
            onClick={() => setHandingOver(!handingOver)}
          >
            {t('admin.meetups.handOver')}
          </button>
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
  if (items.length === 0) return <p className="notice">{t('admin.meetups.noCoHosts')}</p>;
  return (
    <form
      className="actions"
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
      <button type="submit" className="button button--small" disabled={!chosen || handOver.isPending}>
        {t('admin.meetups.handOverSubmit')}
      </button>
      {handOver.isError && <span role="alert">{t('form.failed')}</span>}
    </form>
  );
}
