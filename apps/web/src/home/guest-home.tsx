// A guest's first page: what Neuland is, signing up or logging in, and the upcoming public meetups near them — in
// the city the browser's time zone suggests, or the one they chose (remembered in this browser), or everywhere.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../layout/page-heading';
import { viewerTimeZone } from '../meetups/meetup-time';
import { chosenCity, cityNamesFor, matchCity, rememberCity } from './city-guess';
import { homeQueries, type MeetupCity } from './home-queries';
import { UpcomingMeetups } from './upcoming-meetups';

const EVERYWHERE = '';

export function GuestHome() {
  const { t } = useTranslation();
  return (
    <>
      <section className="guest-hero">
        <PageHeading>{t('home.guestTitle')}</PageHeading>
        <p>{t('home.guestText')}</p>
        <p className="actions">
          <Link to="/signup" className="button">
            {t('nav.signUp')}
          </Link>
          <Link to="/login">{t('nav.logIn')}</Link>
        </p>
      </section>
      <MeetupsNearGuest />
    </>
  );
}

/** Which city to show: the chosen one, else the guessed one; a city without upcoming meetups shows everywhere. */
function useCityToShow(cities: MeetupCity[] | undefined) {
  const [chosen, setChosen] = useState<string | null>(chosenCity);
  const names = chosen === null ? cityNamesFor(viewerTimeZone(), navigator.languages ?? []) : [chosen];
  const wanted = names[0] ?? EVERYWHERE;
  const found = cities
    ? matchCity(
        names,
        cities.map((row) => row.city),
      )
    : null;
  const choose = (city: string) => {
    rememberCity(city);
    setChosen(city);
  };
  return { city: found ?? EVERYWHERE, missing: wanted !== EVERYWHERE && !found ? wanted : null, choose };
}

function MeetupsNearGuest() {
  const { t } = useTranslation();
  const id = useId();
  const cities = useQuery(homeQueries.cities());
  const { city, missing, choose } = useCityToShow(cities.data?.items);

  if (cities.isPending) return <p role="status">{t('home.loading')}</p>;
  if (cities.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  const total = cities.data.items.reduce((sum, row) => sum + row.upcomingCount, 0);
  return (
    <section aria-labelledby={`${id}-title`} className="near-you">
      <div className="near-you__header">
        <h2 id={`${id}-title`}>{city ? t('home.upcomingIn', { city }) : t('home.upcomingEverywhere')}</h2>
        <div className="field near-you__city">
          <label htmlFor={`${id}-city`}>{t('home.city')}</label>
          <select id={`${id}-city`} value={city} onChange={(event) => choose(event.target.value)}>
            <option value={EVERYWHERE}>{t('home.everywhere', { count: total })}</option>
            {cities.data.items.map((row) => (
              <option key={row.city} value={row.city}>
                {t('home.cityWithCount', { city: row.city, count: row.upcomingCount })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {missing && <p className="notice">{t('home.noneInCity', { city: missing })}</p>}
      <UpcomingMeetups filter={{ city, topic: '', knownOnly: false }} />
    </section>
  );
}
