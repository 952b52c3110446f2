// The admin pages' own navigation. The queue dashboard is a page of its own (bull-board), not part of the web app:
// it is reached by a full page load.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export const QUEUE_DASHBOARD_URL = '/admin/queues';

export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav
      className="mb-4 flex flex-wrap gap-x-5 gap-y-1 border-b border-line pb-2 [&_a[aria-current=page]]:font-semibold [&_a[aria-current=page]]:no-underline"
      aria-label={t('adminOverview.sections')}
    >
      <NavLink to="/admin/overview">{t('adminOverview.overview')}</NavLink>
      <a href={QUEUE_DASHBOARD_URL}>{t('adminOverview.queues')}</a>
    </nav>
  );
}
