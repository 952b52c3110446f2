// "New meetup" for those who may create one, "Become an organiser" (or the waiting request) for the others: never
// a form that is refused on submit.
import { useTranslation } from 'react-i18next';
import { useOrganising } from './organising-api';
import { ButtonLink } from '../ui/button';
import { Notice } from '../ui/notice';

export function OrganisingLink({ emailVerified }: { emailVerified: boolean }) {
  const { t } = useTranslation();
  const organising = useOrganising(emailVerified);
  if (!emailVerified || !organising.data) return null;
  if (organising.data.mayCreateMeetups) {
    return (
      <p>
        <ButtonLink to="/meetups/new">{t('organising.newMeetup')}</ButtonLink>
      </p>
    );
  }
  if (organising.data.request?.status === 'pending') {
    return <Notice tone="warning">{t('organising.pending')}</Notice>;
  }
  return (
    <p>
      <ButtonLink to="/organiser-request" variant="secondary">
        {t('organising.become')}
      </ButtonLink>
    </p>
  );
}
