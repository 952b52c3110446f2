import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageHeading } from '../ui/page-heading';
import { LogInForm } from './log-in-form';
import { nextPath } from './next-path';

export function LogInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = nextPath(useLocation().search);

  return (
    <section className="max-w-md">
      <PageHeading>{t('logIn.title')}</PageHeading>
      <LogInForm onLoggedIn={() => void navigate(next)} />
      <p>
        <Link to="/password-reset">{t('accounts.reset.forgot')}</Link>
        {' · '}
        <Link to="/verify-email">{t('logIn.unconfirmed')}</Link>
      </p>
      <p>
        {t('logIn.noAccount')}{' '}
        <Link to={`/signup${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}>
          {t('nav.signUp')}
        </Link>
      </p>
    </section>
  );
}
