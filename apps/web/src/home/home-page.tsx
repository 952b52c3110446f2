// The home page: a welcome for guests; for members, upcoming meetups near them, by topic, and whom they know there.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/session';
import { useState } from 'react';
import { PageHeading } from '../ui/page-heading';
import { OrganisingLink } from '../organising/organising-link';
import { useOwnProfile } from '../profiles/profile-api';
import { type MeetupFilter, MeetupFilters } from './meetup-filters';
import { UpcomingMeetups } from './upcoming-meetups';

export function HomePage() {
  const { t } = useTranslation();
  const account = useAccount();

  if (account.isPending) return <p role="status">{t('home.loading')}</p>;
  if (account.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  if (!account.data) {
    return (
      <section className="hero">
        <PageHeading>{t('home.guestTitle')}</PageHeading>
        <p>{t('home.guestText')}</p>
        <p className="actions">
          <Link to="/signup" className="button">
            {t('nav.signUp')}
          </Link>
          <Link to="/login">{t('nav.logIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section>
      <PageHeading>{t('home.welcome', { name: account.data.displayName })}</PageHeading>
      <OrganisingLink emailVerified={account.data.emailVerified} />
      <ul className="link-list">
        <li>
          <Link to="/trips">{t('trips.homeLink')}</Link>
        </li>
        <li>
          <Link to="/settings/import">{t('contactImports.title')}</Link>
        </li>
      </ul>
      <MemberMeetups />
    </section>
  );
}

/** Starts near the member's home city; until the profile is read, nothing is fetched twice. */
function MemberMeetups() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  const [chosen, setChosen] = useState<MeetupFilter | null>(null);
  if (profile.isPending) return <p role="status">{t('home.loading')}</p>;
  const filter = chosen ?? { city: profile.data?.homeCity ?? '', topic: '', knownOnly: false };
  return (
    <>
      <h2>{t('home.upcomingTitle')}</h2>
      <MeetupFilters filter={filter} topics={profile.data?.topics ?? []} onChange={setChosen} />
      <UpcomingMeetups filter={filter} />
    </>
  );
}
