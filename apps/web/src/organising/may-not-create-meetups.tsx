// What /meetups/new shows to someone who may not create meetups: why, and the way to become an organiser.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/session';
import { PageHeading } from '../ui/page-heading';
import { ButtonLink } from '../ui/button';
import { Notice } from '../ui/notice';

export function MayNotCreateMeetups() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <section className="max-w-md">
      <PageHeading>{t('meetupForm.createTitle')}</PageHeading>
      {!account.data ? (
        <p>
          <Link to="/login">{t('organising.logInFirst')}</Link>
        </p>
      ) : !account.data.emailVerified ? (
        <Notice tone="warning">{t('organising.verifyFirst')}</Notice>
      ) : (
        <p>
          <ButtonLink to="/organiser-request">{t('organising.become')}</ButtonLink>
        </p>
      )}
    </section>
  );
}
