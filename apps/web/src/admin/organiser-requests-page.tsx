// /admin/organiser-requests — members asking to organise meetups, oldest first; approve or decline each.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { type OrganiserRequest, useDecideOrganiserRequest, useOrganiserRequests } from './admin-api';

export function OrganiserRequestsPage() {
  const { t } = useTranslation();
  const requests = useOrganiserRequests();
  return (
    <section>
      <PageHeading>{t('admin.nav.organiserRequests')}</PageHeading>
      {requests.isPending && <p role="status">{t('home.loading')}</p>}
      {requests.isError && <p role="alert">{t('admin.loadFailed')}</p>}
      {requests.data && requests.data.items.length === 0 && <p>{t('admin.requests.none')}</p>}
      <ul className="admin-list">
        {requests.data?.items.map((request) => (
          <RequestRow key={request.id} request={request} />
        ))}
      </ul>
    </section>
  );
}

function RequestRow({ request }: { request: OrganiserRequest }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideOrganiserRequest();
  const asked = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
    new Date(request.createdAt),
  );
  return (
    <li className="admin-list__item admin-list__item--stacked">
      <p>
        <strong>{request.displayName}</strong>
        {request.handle && <span className="muted"> @{request.handle}</span>}
        <span className="muted"> · {asked}</span>
      </p>
      <blockquote className="invitation__message">{request.message}</blockquote>
      <p className="actions">
        <button
          type="button"
          className="button button--small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: request.id, decision: 'approve' })}
        >
          {t('admin.requests.approve', { name: request.displayName })}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: request.id, decision: 'decline' })}
        >
          {t('admin.requests.decline', { name: request.displayName })}
        </button>
      </p>
    </li>
  );
}
