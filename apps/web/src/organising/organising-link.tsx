// "New meetup" for those who may create one, "Become an organiser" (or the waiting request) for the others: never
// a form that is refused on submit.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganising } from './organising-api';

export function OrganisingLink({ emailVerified }: { emailVerified: boolean }) {
  const { t } = useTranslation();
  const organising = useOrganising(emailVerified);
  if (!emailVerified || !organising.data) return null;
  if (organising.data.mayCreateMeetups) {
    return (
      <p>
        <Link to="/meetups/new" className="button">
          {t('organising.newMeetup')}
        </Link>
      </p>
    );
  }
  if (organising.data.request?.status === 'pending') {
    return <p className="notice">{t('organising.pending')}</p>;
  }
  return (
    <p>
      <Link to="/organiser-request" className="button button--secondary">
        {t('organising.become')}
      </Link>
    </p>
  );
}
