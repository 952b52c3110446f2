// The admin shell: a navigation list and the admin page below it. Admins only; anyone else sees "not found".
// A new admin page adds one entry to ADMIN_SECTIONS and one route under /admin in app.tsx.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAccount } from '../auth/session';
import { NotFoundPage } from '../not-found/not-found-page';
import { QUEUE_DASHBOARD_URL } from './admin-nav';

/** `label` is a key of the `admin.nav` texts. */
export const ADMIN_SECTIONS = [
  { path: 'members', label: 'members' },
  { path: 'organiser-requests', label: 'organiserRequests' },
  { path: 'meetups', label: 'meetups' },
  { path: 'settings', label: 'settings' },
  { path: 'audit', label: 'audit' },
  { path: 'reports', label: 'reports' },
  { path: 'overview', label: 'overview' },
] as const;

export function AdminLayout() {
  const { t } = useTranslation();
  const account = useAccount();
  if (account.isPending) return <p role="status">{t('home.loading')}</p>;
  if (account.data?.role !== 'admin') return <NotFoundPage />;
  return (
    <div className="grid gap-6 min-[900px]:grid-cols-[12rem_1fr]">
      <nav
        aria-label={t('admin.title')}
        className="[&_ul]:m-0 [&_ul]:flex [&_ul]:list-none [&_ul]:flex-wrap [&_ul]:gap-x-4 [&_ul]:gap-y-1 [&_ul]:p-0 min-[900px]:[&_ul]:flex-col [&_a]:inline-flex [&_a]:min-h-11 [&_a]:items-center [&_a[aria-current=page]]:font-bold [&_a[aria-current=page]]:no-underline"
      >
        <ul>
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={`/admin/${section.path}`}>{t(`admin.nav.${section.label}`)}</NavLink>
            </li>
          ))}
          <li>
            {/* bull-board's own page, reached by a full page load */}
            <a href={QUEUE_DASHBOARD_URL}>{t('admin.nav.queues')}</a>
          </li>
        </ul>
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}
