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
import { Button } from '../ui/button';
import { Badge } from '../ui/badge';

export function AdminReportsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const [status, setStatus] = useState<'open' | 'resolved'>('open');
  const queue = useReportQueue(status);
  if (account.isSuccess && account.data?.role !== 'admin') return <NotFoundPage />;
  return (
    <section className="">
      <PageHeading>{t('moderation.adminTitle')}</PageHeading>
      <div className="mb-4 flex flex-wrap gap-2" role="group" aria-label={t('moderation.adminTitle')}>
        {(['open', 'resolved'] as const).map((tab) => (
          <Button
            key={tab}
            type="button"
            variant={tab === status ? 'primary' : 'secondary'}
            size="sm"
            aria-pressed={tab === status}
            onClick={() => setStatus(tab)}
          >
            {t(`moderation.${tab}`)}
          </Button>
        ))}
      </div>
      {queue.isPending ? (
        <p role="status">{t('moderation.loading')}</p>
      ) : queue.isError ? (
        <p role="alert">{t('moderation.loadFailed')}</p>
      ) : queue.data.length === 0 ? (
        <p>{t('moderation.queueEmpty')}</p>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0">
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
    <li
      className="report rounded-card border border-line bg-surface p-4 shadow-card"
      aria-labelledby={`report-${report.id}`}
    >
      <h2 id={`report-${report.id}`} className="mt-0 mb-2 text-lg">
        {t(`moderation.subject_${report.subject}`)} · {when.format(new Date(report.createdAt))}
      </h2>
      <p>
        {reported?.handle ? (
          <Link to={`/p/${reported.handle}`}>{t('moderation.about', { name: reportedName })}</Link>
        ) : (
          t('moderation.about', { name: reportedName })
        )}
        {report.reportedMemberSuspended && <Badge>{t('moderation.suspendedNow')}</Badge>}
      </p>
      {report.meetupId && (
        <p>
          <Link to={`/m/${report.meetupId}`}>
            {t('moderation.inMeetup', { title: report.meetupTitle ?? '' })}
          </Link>
        </p>
      )}
      <blockquote className="my-2 border-l-4 border-line-strong pl-3 whitespace-pre-wrap [overflow-wrap:anywhere]">
        {report.reason}
      </blockquote>
      <p className="text-ink-muted">
        {t('moderation.reportedBy', { name: report.reporter.displayName ?? t('moderation.someone') })}
      </p>
      <FormAlert message={errorText(resolve.error ?? lift.error, t)} />
      {report.resolution ? (
        <p className="flex flex-wrap items-center gap-3">
          <Badge tone="success">{t(`moderation.resolution_${report.resolution}`)}</Badge>
          {reported && report.reportedMemberSuspended && (
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => lift.mutate(reported.userId)}
            >
              {t('moderation.liftSuspension', { name: reportedName })}
            </Button>
          )}
        </p>
      ) : (
        <p className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" disabled={busy} onClick={() => act('dismissed')}>
            {t('moderation.dismiss')}
          </Button>
          {report.meetupId && (
            <Button type="button" disabled={busy} onClick={() => act('meetup_hidden')}>
              {t('moderation.hideMeetup')}
            </Button>
          )}
          {reported && !report.reportedMemberSuspended && (
            <Button type="button" variant="danger" disabled={busy} onClick={() => act('member_suspended')}>
              {t('moderation.suspendMember', { name: reportedName })}
            </Button>
          )}
        </p>
      )}
    </li>
  );
}
