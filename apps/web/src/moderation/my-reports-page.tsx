// /reports — what I reported and the outcome (never the details of what was done).
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useAccount } from '../auth/session';
import { formattingLocale } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import { useMyReports } from './moderation-api';

export function MyReportsPage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const reports = useMyReports();
  if (account.isSuccess && !account.data) return <Navigate to="/login?next=/reports" replace />;
  if (reports.isPending) return <p role="status">{t('moderation.loading')}</p>;
  if (reports.isError) return <p role="alert">{t('moderation.loadFailed')}</p>;
  const date = new Intl.DateTimeFormat(formattingLocale(i18n.language), { dateStyle: 'medium' });
  return (
    <section className="max-w-md">
      <PageHeading>{t('moderation.myReports')}</PageHeading>
      <p>{t('moderation.myReportsIntro')}</p>
      {reports.data.length === 0 ? (
        <p>{t('moderation.noReports')}</p>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0">
          {reports.data.map((report) => (
            <li key={report.id} className="report rounded-card border border-line bg-surface p-4 shadow-card">
              <p>
                <strong>{t(`moderation.subject_${report.subject}`)}</strong> ·{' '}
                {date.format(new Date(report.createdAt))}
              </p>
              <p className="my-2 border-l-4 border-line-strong pl-3 whitespace-pre-wrap [overflow-wrap:anywhere]">
                {report.reason}
              </p>
              <p className={report.outcome === 'open' ? 'text-ink-muted' : 'notice'}>
                {t(`moderation.outcome_${report.outcome}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
