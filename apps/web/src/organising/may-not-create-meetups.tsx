// What /meetups/new shows to someone who may not create meetups: why, and the way to become an organiser.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/session';
import { PageHeading } from '../ui/page-heading';

export function MayNotCreateMeetups() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <section className="narrow">
      <PageHeading>{t('meetupForm.createTitle')}</PageHeading>
      {!account.data ? (
        <p>
          <Link to="/login">{t('organising.logInFirst')}</Link>
        </p>
      ) : !account.data.emailVerified ? (
        <p className="notice">{t('organising.verifyFirst')}</p>
      ) : (
        <p>
          <Link to="/organiser-request" className="button">
            {t('organising.become')}
          </Link>
        </p>
      )}
    </section>
  );
}
