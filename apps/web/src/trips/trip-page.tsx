// /trips/:tripId — where the coffee-offer mail lands: the offer with "I'm in"; the traveller sees their trip.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccount } from '../auth/session';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { OfferCard } from './offer-card';
import { TripCard } from './trip-card';
import { LogInFirst } from './trips-page';
import { useMyCoffeeOffers, useMyTrips } from './trips-api';

function TripOrOffer({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const trips = useMyTrips();
  const offers = useMyCoffeeOffers();
  if (trips.isPending || offers.isPending) return <p role="status">{t('trips.loading')}</p>;
  if (trips.isError || offers.isError) return <p role="alert">{t('trips.loadFailed')}</p>;

  const trip = trips.data.find((mine) => mine.id === tripId);
  if (trip) {
    return (
      <section className="max-w-md">
        <PageHeading>{t('trips.myTripTo', { city: trip.city })}</PageHeading>
        <TripCard trip={trip} headingLevel={2} />
        <p>
          <Link to="/trips">{t('trips.allTrips')}</Link>
        </p>
      </section>
    );
  }
  const offer = offers.data.find((made) => made.tripId === tripId);
  if (!offer) return <NotFoundPage title={t('trips.notFoundTitle')} text={t('trips.notFoundText')} />;
  return (
    <section className="max-w-md">
      <PageHeading>{t('trips.offerHeading')}</PageHeading>
      <OfferCard offer={offer} headingLevel={2} />
      <p>
        <Link to="/trips">{t('trips.allTrips')}</Link>
      </p>
    </section>
  );
}

export function TripPage() {
  const { t } = useTranslation();
  const { tripId = '' } = useParams();
  const account = useAccount();
  if (account.isPending) return <p role="status">{t('trips.loading')}</p>;
  if (account.isError) return <p role="alert">{t('trips.loadFailed')}</p>;
  if (!account.data) {
    return (
      <section className="max-w-md">
        <PageHeading>{t('trips.offerHeading')}</PageHeading>
        <LogInFirst text={t('trips.logInToSee')} />
      </section>
    );
  }
  return <TripOrOffer tripId={tripId} />;
}
