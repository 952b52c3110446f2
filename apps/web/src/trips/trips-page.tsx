// /trips — announce a trip, my trips with who said yes, and the coffee offers made to me.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAccount } from '../auth/session';
import { PageHeading } from '../ui/page-heading';
import { AnnounceTripForm } from './announce-trip-form';
import { OfferCard } from './offer-card';
import { TripCard } from './trip-card';
import { useMyCoffeeOffers, useMyTrips } from './trips-api';
import { EmptyState } from '../ui/empty-state';
import { ButtonLink } from '../ui/button';

/** For a guest: log in or sign up, then come straight back. */
export function LogInFirst({ text }: { text: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <>
      <p>{text}</p>
      <p className="flex flex-wrap items-center gap-3">
        <ButtonLink to={`/login?next=${here}`}>{t('nav.logIn')}</ButtonLink>
        <Link to={`/signup?next=${here}`}>{t('nav.signUp')}</Link>
      </p>
    </>
  );
}

function MyTrips() {
  const { t } = useTranslation();
  const trips = useMyTrips();
  return (
    <section aria-labelledby="my-trips">
      <h2 id="my-trips">{t('trips.mine')}</h2>
      {trips.isPending && <p role="status">{t('trips.loading')}</p>}
      {trips.isError && <p role="alert">{t('trips.loadFailed')}</p>}
      {trips.data?.length === 0 && <EmptyState>{t('trips.noTrips')}</EmptyState>}
      {trips.data?.map((trip) => (
        <TripCard key={trip.id} trip={trip} />
      ))}
    </section>
  );
}

function MyOffers() {
  const { t } = useTranslation();
  const offers = useMyCoffeeOffers();
  return (
    <section aria-labelledby="my-offers">
      <h2 id="my-offers">{t('trips.offers')}</h2>
      {offers.isPending && <p role="status">{t('trips.loading')}</p>}
      {offers.isError && <p role="alert">{t('trips.loadFailed')}</p>}
      {offers.data?.length === 0 && <EmptyState>{t('trips.noOffers')}</EmptyState>}
      {offers.data?.map((offer) => (
        <OfferCard key={offer.id} offer={offer} />
      ))}
    </section>
  );
}

export function TripsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <section className="max-w-md">
      <PageHeading>{t('trips.title')}</PageHeading>
      {account.isPending && <p role="status">{t('trips.loading')}</p>}
      {account.isSuccess && !account.data && <LogInFirst text={t('trips.logInFirst')} />}
      {account.data && (
        <>
          <AnnounceTripForm />
          <MyTrips />
          <MyOffers />
        </>
      )}
    </section>
  );
}
