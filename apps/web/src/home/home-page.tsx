// The home page: for guests, upcoming public meetups near them; for members, their own meetups first, then upcoming
// meetups near them, by topic, and whom they know there.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/session';
import { useState } from 'react';
import { PageHeading } from '../ui/page-heading';
import { OrganisingLink } from '../organising/organising-link';
import { useOwnProfile } from '../profiles/profile-api';
import { CircleDiscovery } from '../circles/circles-page';
import { GuestHome } from './guest-home';
import { type MeetupFilter, MeetupFilters } from './meetup-filters';
import { UpcomingMeetups } from './upcoming-meetups';
import { YourMeetups } from './your-meetups';

const DISCOVER = 'discover';

export function HomePage() {
  const { t } = useTranslation();
  const account = useAccount();

  if (account.isPending) return <p role="status">{t('home.loading')}</p>;
  if (account.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  if (!account.data) return <GuestHome />;
  return (
    <section>
      <PageHeading>{t('home.welcome', { name: account.data.displayName })}</PageHeading>
      <OrganisingLink emailVerified={account.data.emailVerified} />
      <ul className="my-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link to="/trips">{t('trips.homeLink')}</Link>
        </li>
        <li>
          <Link to="/settings/import">{t('contactImports.title')}</Link>
        </li>
      </ul>
      <YourMeetups discoverId={DISCOVER} />
      <MemberMeetups />
      <CirclesNearMember />
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
    <section aria-labelledby={DISCOVER} className="mt-10">
      <h2 id={DISCOVER} tabIndex={-1}>
        {t('home.upcomingTitle')}
      </h2>
      <MeetupFilters filter={filter} topics={profile.data?.topics ?? []} onChange={setChosen} />
      <UpcomingMeetups filter={filter} />
    </section>
  );
}

/** Public circles in the member's home city (everywhere until one is set). */
function CirclesNearMember() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  if (profile.isPending) return null;
  return (
    <section aria-labelledby="circles-near" className="mt-10">
      <h2 id="circles-near">{t('circles.homeTitle')}</h2>
      <CircleDiscovery city={profile.data?.homeCity ?? ''} />
      <p>
        <Link to="/circles">{t('circles.title')}</Link>
      </p>
    </section>
  );
}
