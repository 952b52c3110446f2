// /admin/organiser-requests — members asking to organise meetups, oldest first; approve or decline each.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { type OrganiserRequest, useDecideOrganiserRequest, useOrganiserRequests } from './admin-api';
import { Button } from '../ui/button';

export function OrganiserRequestsPage() {
  const { t } = useTranslation();
  const requests = useOrganiserRequests();
  return (
    <section>
      <PageHeading>{t('admin.nav.organiserRequests')}</PageHeading>
      {requests.isPending && <p role="status">{t('home.loading')}</p>}
      {requests.isError && <p role="alert">{t('admin.loadFailed')}</p>}
      {requests.data && requests.data.items.length === 0 && <p>{t('admin.requests.none')}</p>}
      <ul className="m-0 my-4 list-none divide-y divide-line p-0">
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
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 [&_p]:my-1 block!">
      <p>
        <strong>{request.displayName}</strong>
        {request.handle && <span className="text-ink-muted"> @{request.handle}</span>}
        <span className="text-ink-muted"> · {asked}</span>
      </p>
      <blockquote className="invitation__message my-4 border-l-4 border-accent bg-surface-muted px-4 py-3">
        {request.message}
      </blockquote>
      <p className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          size="sm"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: request.id, decision: 'approve' })}
        >
          {t('admin.requests.approve', { name: request.displayName })}
        </Button>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: request.id, decision: 'decline' })}
        >
          {t('admin.requests.decline', { name: request.displayName })}
        </Button>
      </p>
    </li>
  );
}
