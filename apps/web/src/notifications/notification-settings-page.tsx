// /settings/notifications — which e-mails I get, and my meetups as a calendar feed.
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session';
import { CalendarFeedSection } from '../calendar-feed/calendar-feed-section';
import { PageHeading } from '../ui/page-heading';
import { useNotificationPreferences } from './notification-api';
import { NotificationPreferencesForm } from './notification-preferences-form';
import { ButtonLink } from '../ui/button';

function LoggedInSettings() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences(true);
  return (
    <>
      {preferences.isPending && <p role="status">{t('notifications.loading')}</p>}
      {preferences.isError && <p role="alert">{t('notifications.loadFailed')}</p>}
      {preferences.data && <NotificationPreferencesForm preferences={preferences.data} />}
      <CalendarFeedSection />
    </>
  );
}

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <section className="max-w-md">
      <PageHeading>{t('notifications.title')}</PageHeading>
      {account.isPending && <p role="status">{t('notifications.loading')}</p>}
      {account.isError && <p role="alert">{t('notifications.loadFailed')}</p>}
      {account.data === null && (
        <>
          <p>{t('notifications.logInFirst')}</p>
          <p className="flex flex-wrap items-center gap-3">
            <ButtonLink to={`/login?next=${encodeURIComponent('/settings/notifications')}`}>
              {t('nav.logIn')}
            </ButtonLink>
          </p>
        </>
      )}
      {account.data && <LoggedInSettings />}
    </section>
  );
}
