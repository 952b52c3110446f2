// /admin/overview — how the site is doing: the outbox's backlog, the last day's mails, the queues, growth per week.
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session';
import { PageHeading } from '../ui/page-heading';
import { type AdminOverview, useAdminOverview } from './admin-api';
import { AdminNav, QUEUE_DASHBOARD_URL } from './admin-nav';
import { ButtonLink } from '../ui/button';

function useDuration() {
  const { t } = useTranslation();
  return (seconds: number) =>
    seconds < 120
      ? t('adminOverview.seconds', { count: seconds })
      : seconds < 7200
        ? t('adminOverview.minutes', { count: Math.round(seconds / 60) })
        : t('adminOverview.hours', { count: Math.round(seconds / 3600) });
}

function Outbox({ outbox }: { outbox: AdminOverview['outbox'] }) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <section aria-labelledby="admin-outbox">
      <h2 id="admin-outbox">{t('adminOverview.outboxTitle')}</h2>
      <p className={outbox.unrelayed > 0 && outbox.oldestAgeSeconds > 60 ? 'notice' : undefined}>
        {outbox.unrelayed === 0
          ? t('adminOverview.outboxEmpty')
          : t('adminOverview.outboxWaiting', {
              count: outbox.unrelayed,
              age: duration(outbox.oldestAgeSeconds),
            })}
      </p>
    </section>
  );
}

function Mails({ mails }: { mails: AdminOverview['mailsLast24Hours'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-mails">
      <h2 id="admin-mails">{t('adminOverview.mailsTitle')}</h2>
      {mails.length === 0 ? (
        <p>{t('adminOverview.mailsEmpty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm sm:text-base [&_td]:border-b [&_td]:border-line [&_td]:px-1 [&_td]:py-2 [&_td]:text-right [&_td]:whitespace-nowrap sm:[&_td]:px-2 [&_th]:border-b [&_th]:border-line [&_th]:px-1 [&_th]:py-2 [&_th]:text-right sm:[&_th]:px-2 sm:[&_th]:whitespace-nowrap [&_th:first-child]:text-left [&_tbody_th]:font-medium">
            <thead>
              <tr>
                <th scope="col">{t('adminOverview.kind')}</th>
                <th scope="col">{t('adminOverview.sent')}</th>
                <th scope="col">{t('adminOverview.failed')}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((row) => (
                <tr key={row.kind}>
                  <th scope="row">{row.kind}</th>
                  <td>{row.sent}</td>
                  <td className={row.failed > 0 ? 'font-semibold text-danger-text' : undefined}>
                    {row.failed}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Queues({ queues }: { queues: AdminOverview['queues'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-queues">
      <h2 id="admin-queues">{t('adminOverview.queuesTitle')}</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm sm:text-base [&_td]:border-b [&_td]:border-line [&_td]:px-1 [&_td]:py-2 [&_td]:text-right [&_td]:whitespace-nowrap sm:[&_td]:px-2 [&_th]:border-b [&_th]:border-line [&_th]:px-1 [&_th]:py-2 [&_th]:text-right sm:[&_th]:px-2 sm:[&_th]:whitespace-nowrap [&_th:first-child]:text-left [&_tbody_th]:font-medium">
          <thead>
            <tr>
              <th scope="col">{t('adminOverview.queue')}</th>
              <th scope="col">{t('adminOverview.waiting')}</th>
              <th scope="col">{t('adminOverview.active')}</th>
              <th scope="col">{t('adminOverview.delayed')}</th>
              <th scope="col">{t('adminOverview.failed')}</th>
            </tr>
          </thead>
          <tbody>
            {queues.map((row) => (
              <tr key={row.queue}>
                <th scope="row">{row.queue}</th>
                <td>{row.waiting}</td>
                <td>{row.active}</td>
                <td>{row.delayed}</td>
                <td className={row.failed > 0 ? 'font-semibold text-danger-text' : undefined}>
                  {row.failed}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={QUEUE_DASHBOARD_URL}>{t('adminOverview.queuesLink')}</a>
      </p>
    </section>
  );
}

function Weeks({ weeks }: { weeks: AdminOverview['weeks'] }) {
  const { t, i18n } = useTranslation();
  const dayOf = (date: string) =>
    new Date(`${date}T00:00:00Z`).toLocaleDateString(i18n.language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  return (
    <section aria-labelledby="admin-weeks">
      <h2 id="admin-weeks">{t('adminOverview.weeksTitle')}</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm sm:text-base [&_td]:border-b [&_td]:border-line [&_td]:px-1 [&_td]:py-2 [&_td]:text-right [&_td]:whitespace-nowrap sm:[&_td]:px-2 [&_th]:border-b [&_th]:border-line [&_th]:px-1 [&_th]:py-2 [&_th]:text-right sm:[&_th]:px-2 sm:[&_th]:whitespace-nowrap [&_th:first-child]:text-left [&_tbody_th]:font-medium">
          <thead>
            <tr>
              <th scope="col">{t('adminOverview.week')}</th>
              <th scope="col">{t('adminOverview.members')}</th>
              <th scope="col">{t('adminOverview.meetups')}</th>
              <th scope="col">{t('adminOverview.metInPerson')}</th>
              <th scope="col">{t('adminOverview.knewOnlineAndMet')}</th>
            </tr>
          </thead>
          <tbody>
            {[...weeks].reverse().map((row) => (
              <tr key={row.weekStart}>
                <th scope="row">{dayOf(row.weekStart)}</th>
                <td>{row.members}</td>
                <td>{row.meetups}</td>
                <td>{row.metInPersonPairs}</td>
                <td>{row.knewOnlineAndMetPairs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Overview() {
  const { t, i18n } = useTranslation();
  const overview = useAdminOverview(true);
  if (overview.isPending) return <p role="status">{t('adminOverview.loading')}</p>;
  if (overview.isError) return <p role="alert">{t('adminOverview.loadFailed')}</p>;
  const { data } = overview;
  return (
    <>
      <p className="text-sm text-ink-muted">
        {t('adminOverview.readAt', { time: new Date(data.generatedAt).toLocaleTimeString(i18n.language) })}
      </p>
      <Outbox outbox={data.outbox} />
      <Mails mails={data.mailsLast24Hours} />
      <Queues queues={data.queues} />
      <Weeks weeks={data.weeks} />
    </>
  );
}

export function AdminOverviewPage() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <section className="[&_h2]:mt-7">
      <PageHeading>{t('adminOverview.overview')}</PageHeading>
      {account.isPending && <p role="status">{t('adminOverview.loading')}</p>}
      {account.isError && <p role="alert">{t('adminOverview.loadFailed')}</p>}
      {account.data === null && (
        <>
          <p>{t('adminOverview.logInFirst')}</p>
          <p className="flex flex-wrap items-center gap-3">
            <ButtonLink to={`/login?next=${encodeURIComponent('/admin/overview')}`}>
              {t('nav.logIn')}
            </ButtonLink>
          </p>
        </>
      )}
      {account.data && account.data.role !== 'admin' && <p role="alert">{t('adminOverview.adminsOnly')}</p>}
      {account.data?.role === 'admin' && (
        <>
          <AdminNav />
          <Overview />
        </>
      )}
    </section>
  );
}
