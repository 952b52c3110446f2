// A guest's first page: what Neuland is, signing up or logging in, and the upcoming public meetups near them — in
// the city the browser's time zone suggests, or the one they chose (remembered in this browser), or everywhere.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CircleDiscovery } from '../circles/circles-page';
import { viewerTimeZone } from '../meetups/meetup-time';
import { ButtonLink } from '../ui/button';
import { SelectField } from '../ui/form-field';
import { Notice } from '../ui/notice';
import { PageHeading } from '../ui/page-heading';
import { chosenCity, cityNamesFor, matchCity, rememberCity } from './city-guess';
import { homeQueries, type MeetupCity } from './home-queries';
import { UpcomingMeetups } from './upcoming-meetups';

const EVERYWHERE = '';

/** Empty where there is no browser (a server rendering the page guesses no city). */
const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);

export function GuestHome() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading
        lead={t('home.guestText')}
        actions={
          <>
            <ButtonLink to="/signup">{t('nav.signUp')}</ButtonLink>
            <ButtonLink to="/login" variant="secondary">
              {t('nav.logIn')}
            </ButtonLink>
          </>
        }
      >
        {t('home.guestTitle')}
      </PageHeading>
      <MeetupsNearGuest />
      <section aria-labelledby="guest-circles" className="mt-10">
        <h2 id="guest-circles">{t('circles.title')}</h2>
        <p className="text-ink-muted">{t('circles.lead')}</p>
        <CircleDiscovery />
        <p>
          <Link to="/circles">{t('circles.filter')}</Link>
        </p>
      </section>
    </>
  );
}

/** Which city to show: the chosen one, else the guessed one; a city without upcoming meetups shows everywhere. */
function useCityToShow(cities: MeetupCity[] | undefined) {
  const [chosen, setChosen] = useState<string | null>(chosenCity);
  const names = chosen === null ? cityNamesFor(viewerTimeZone(), browserLanguages()) : [chosen];
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
    <section aria-labelledby={`${id}-title`}>
      <div className="mt-8 mb-4 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <h2 id={`${id}-title`} className="m-0">
          {city ? t('home.upcomingIn', { city }) : t('home.upcomingEverywhere')}
        </h2>
        <SelectField
          label={t('home.city')}
          name="city"
          className="m-0! w-full sm:w-56"
          value={city}
          onChange={(event) => choose(event.target.value)}
        >
          <option value={EVERYWHERE}>{t('home.everywhere', { count: total })}</option>
          {cities.data.items.map((row) => (
            <option key={row.city} value={row.city}>
              {t('home.cityWithCount', { city: row.city, count: row.upcomingCount })}
            </option>
          ))}
        </SelectField>
      </div>
      {missing && <Notice>{t('home.noneInCity', { city: missing })}</Notice>}
      <UpcomingMeetups filter={{ city, topic: '', knownOnly: false }} />
    </section>
  );
}
