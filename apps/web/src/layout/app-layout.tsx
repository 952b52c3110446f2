// The frame of every page: skip link, header with navigation, the page, and the language switch.
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { UnverifiedEmailNotice } from '../accounts/unverified-email-notice';
import { useAccount, useLogOut } from '../auth/session';
import { LANGUAGES, rememberLanguage } from '../i18n/i18n';
import { useUpdateOwnProfile } from '../profiles/profile-api';
import { useProfileLanguage } from '../profiles/use-profile-language';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const logOut = useLogOut();
  const navigate = useNavigate();
  useProfileLanguage();
  const updateProfile = useUpdateOwnProfile();

  // A member's choice is their profile's language too: their mails speak it, not only this page.
  const chooseLanguage = (language: (typeof LANGUAGES)[number]) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    if (account.data) updateProfile.mutate({ language });
  };

  const onLogOut = () => logOut.mutate(undefined, { onSuccess: () => void navigate('/') });

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.name')}>
          {account.data ? (
            <>
              {account.data.role === 'admin' && <Link to="/admin">{t('admin.link')}</Link>}
              <Link to="/settings/profile">{t('profile.edit')}</Link>
              <button type="button" className="link-button" onClick={onLogOut} disabled={logOut.isPending}>
                {t('nav.logOut')}
              </button>
            </>
          ) : (
            account.isSuccess && (
              <>
                <Link to="/login">{t('nav.logIn')}</Link>
                <Link to="/signup" className="button button--small">
                  {t('nav.signUp')}
                </Link>
              </>
            )
          )}
        </nav>
      </header>
      <main id="main" className="page">
        <UnverifiedEmailNotice />
        <Outlet />
      </main>
      <footer className="app-footer">
        <label>
          {t('nav.language')}{' '}
          <select
            value={i18n.language}
            onChange={(event) => chooseLanguage(event.target.value as (typeof LANGUAGES)[number])}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language === 'de' ? 'Deutsch' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </footer>
    </>
  );
}
