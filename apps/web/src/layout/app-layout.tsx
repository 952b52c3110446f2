// The frame of every page: skip link, header with the logo, navigation and account menu, the page, and the footer
// with the language switch.
import { House, LogIn, Orbit, Plane, ShieldCheck, Users } from 'lucide-react';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { UnverifiedEmailNotice } from '../accounts/unverified-email-notice';
import { useAccount } from '../auth/session';
import { LANGUAGES, rememberLanguage } from '../i18n/i18n';
import { useUpdateOwnProfile } from '../profiles/profile-api';
import { useProfileLanguage } from '../profiles/use-profile-language';
import { ButtonLink } from '../ui/button';
import { Logo } from './logo';
import { AccountButton } from './account-button';
import { lazyPart } from './lazy-part';

// The menu (Radix, with its positioning) is loaded once a member is logged in: guests never pay for it.
const AccountMenu = lazyPart('account-menu', async () => (await import('./account-menu')).AccountMenu);

/** A navigation entry: icon and label on wide screens, the icon alone (the label still read out) on phones. */
function NavItem({
  to,
  icon,
  end,
  children,
}: {
  to: string;
  icon: ReactNode;
  end?: boolean;
  children: ReactNode;
}) {
  return (
    <NavLink
      to={to}
      end={end}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-control px-2 font-medium text-ink-muted no-underline hover:bg-surface-muted hover:text-ink aria-[current=page]:text-accent-text sm:px-3"
    >
      {icon}
      <span className="sr-only sm:not-sr-only">{children}</span>
    </NavLink>
  );
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  useProfileLanguage();
  const updateProfile = useUpdateOwnProfile();

  // A member's choice is their profile's language too: their mails speak it, not only this page.
  const chooseLanguage = (language: (typeof LANGUAGES)[number]) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    if (account.data) updateProfile.mutate({ language });
  };
  const icon = { 'aria-hidden': true, size: 20 } as const;

  return (
    <>
      <a
        className="sr-only z-50 rounded-control bg-surface p-3 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        href="#main"
      >
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-16 max-w-5xl items-center justify-between gap-2 px-3 sm:px-6">
          <Link
            to="/"
            className="-ml-1 inline-flex min-h-11 items-center gap-2 rounded-control px-1 text-xl font-extrabold tracking-tight text-ink no-underline"
          >
            <Logo />
            {t('app.name')}
          </Link>
          <nav aria-label={t('ui.mainNavigation')} className="flex items-center gap-0.5 sm:gap-1">
            {account.data ? (
              <>
                <NavItem to="/" end icon={<House {...icon} />}>
                  {t('ui.home')}
                </NavItem>
                <NavItem to="/people" icon={<Users {...icon} />}>
                  {t('people.nav')}
                </NavItem>
                <NavItem to="/circles" icon={<Orbit {...icon} />}>
                  {t('circles.title')}
                </NavItem>
                <NavItem to="/trips" icon={<Plane {...icon} />}>
                  {t('ui.trips')}
                </NavItem>
                {account.data.role === 'admin' && (
                  <NavItem to="/admin" icon={<ShieldCheck {...icon} />}>
                    {t('admin.link')}
                  </NavItem>
                )}
                {/* Disabled while its code loads, which only a page the browser renders itself waits for. */}
                <Suspense fallback={<AccountButton name={account.data.displayName} disabled />}>
                  <AccountMenu account={account.data} />
                </Suspense>
              </>
            ) : (
              account.isSuccess && (
                <>
                  <ButtonLink to="/login" variant="ghost" size="sm" icon={<LogIn aria-hidden size={18} />}>
                    {t('nav.logIn')}
                  </ButtonLink>
                  <ButtonLink to="/signup" size="sm">
                    {t('nav.signUp')}
                  </ButtonLink>
                </>
              )
            )}
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 pt-6 pb-16 sm:px-6">
        <UnverifiedEmailNotice />
        <Outlet />
      </main>
      <footer className="border-t border-line bg-surface">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-ink-muted sm:px-6">
          <span className="inline-flex items-center gap-2">
            <Logo />
            {t('app.tagline')}
          </span>
          <label className="inline-flex items-center gap-2">
            {t('nav.language')}
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
        </div>
      </footer>
    </>
  );
}
