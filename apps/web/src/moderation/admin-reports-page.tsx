// /admin/reports — the admins' queue: open reports oldest first, each resolved by dismissing it, hiding the meetup
// or suspending the member; resolved ones newest first, where a suspension can be lifted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/error-text';
import { useAccount } from '../auth/session';
import { formattingLocale } from '../i18n/i18n';
import { FormAlert } from '../forms/form-alert';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { type AdminReport, useLiftSuspension, useReportQueue, useResolveReport } from './moderation-api';
import { SuspendedMembers } from './suspended-members';

export function AdminReportsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const [status, setStatus] = useState<'open' | 'resolved'>('open');
  const queue = useReportQueue(status);
  if (account.isSuccess && account.data?.role !== 'admin') return <NotFoundPage />;
  return (
    <section className="admin-reports">
      <PageHeading>{t('moderation.adminTitle')}</PageHeading>
      <div className="tabs" role="group" aria-label={t('moderation.adminTitle')}>
        {(['open', 'resolved'] as const).map((tab) => (
          <button
            key={tab}
            type="button"
            className={tab === status ? 'button button--small' : 'button button--small button--secondary'}
            aria-pressed={tab === status}
            onClick={() => setStatus(tab)}
          >
            {t(`moderation.${tab}`)}
          </button>
        ))}
      </div>
      {queue.isPending ? (
        <p role="status">{t('moderation.loading')}</p>
      ) : queue.isError ? (
        <p role="alert">{t('moderation.loadFailed')}</p>
      ) : queue.data.length === 0 ? (
        <p>{t('moderation.queueEmpty')}</p>
      ) : (
        <ul className="report-list">
          {queue.data.map((report) => (
            <ReportItem key={report.id} report={report} />
          ))}
        </ul>
      )}
      <SuspendedMembers />
    </section>
  );
}

function ReportItem({ report }: { report: AdminReport }) {
  const { t, i18n } = useTranslation();
  const resolve = useResolveReport();
  const lift = useLiftSuspension();
  const reported = report.reportedMember;
  const reportedName = reported?.displayName ?? t('moderation.someone');
  const when = new Intl.DateTimeFormat(formattingLocale(i18n.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const busy = resolve.isPending || lift.isPending;
  const act = (resolution: 'dismissed' | 'meetup_hidden' | 'member_suspended') =>
    resolve.mutate({ id: report.id, resolution });

  return (
    <li className="report" aria-labelledby={`report-${report.id}`}>
      <h2 id={`report-${report.id}`} className="report__title">
        {t(`moderation.subject_${report.subject}`)} · {when.format(new Date(report.createdAt))}
      </h2>
      <p>
        {reported?.handle ? (
          <Link to={`/p/${reported.handle}`}>{t('moderation.about', { name: reportedName })}</Link>
        ) : (
          t('moderation.about', { name: reportedName })
        )}
        {report.reportedMemberSuspended && <span className="badge">{t('moderation.suspendedNow')}</span>}
      </p>
      {report.meetupId && (
        <p>
          <Link to={`/m/${report.meetupId}`}>
            {t('moderation.inMeetup', { title: report.meetupTitle ?? '' })}
          </Link>
        </p>
      )}
      <blockquote className="report__reason">{report.reason}</blockquote>
      <p className="muted">
        {t('moderation.reportedBy', { name: report.reporter.displayName ?? t('moderation.someone') })}
      </p>
      <FormAlert message={errorText(resolve.error ?? lift.error, t)} />
      {report.resolution ? (
        <p className="actions">
          <span className="notice">{t(`moderation.resolution_${report.resolution}`)}</span>
          {reported && report.reportedMemberSuspended && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => lift.mutate(reported.userId)}
            >
              {t('moderation.liftSuspension', { name: reportedName })}
            </button>
          )}
        </p>
      ) : (
        <p className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => act('dismissed')}
          >
            {t('moderation.dismiss')}
          </button>
          {report.meetupId && (
            <button type="button" className="button" disabled={busy} onClick={() => act('meetup_hidden')}>
              {t('moderation.hideMeetup')}
            </button>
          )}
          {reported && !report.reportedMemberSuspended && (
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => act('member_suspended')}
            >
              {t('moderation.suspendMember', { name: reportedName })}
            </button>
          )}
        </p>
      )}
    </li>
  );
}
