// A coffee offer made to me: who comes, where and when, their note, and "I'm in".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { formattingLocale } from '../i18n/i18n';
import { tripDates } from './trip-dates';
import { type CoffeeOffer, useTripChanges } from './trips-api';
import { Button } from '../ui/button';

const ANSWER_ERRORS = ['TRIP_CANCELLED', 'TRIP_OVER', 'TRIP_NOT_FOUND', 'EMAIL_NOT_VERIFIED'];

export function OfferCard({ offer, headingLevel = 3 }: { offer: CoffeeOffer; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const { sayYes } = useTripChanges();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const failure = sayYes.error instanceof ApiError ? sayYes.error.code : undefined;
  const meetupId = sayYes.data?.meetupId ?? offer.meetupId;
  return (
    <article className="my-3 rounded-card border border-line bg-surface p-4 shadow-card [&_h2]:mt-0 [&_h2]:mb-1 [&_h3]:mt-0 [&_h3]:mb-1">
      <Heading>{t('trips.offerTitle', { name: offer.traveller.displayName, city: offer.city })}</Heading>
      <p>
        {tripDates(offer.startsOn, offer.endsOn, formattingLocale(i18n.language))} ·{' '}
        <Link to={`/p/${offer.traveller.handle}`}>{offer.traveller.displayName}</Link>
      </p>
      {offer.note && (
        <blockquote className="invitation__message my-4 border-l-4 border-accent bg-surface-muted px-4 py-3">
          {offer.note}
        </blockquote>
      )}
      <FormAlert
        message={
          sayYes.isError
            ? failure && ANSWER_ERRORS.includes(failure)
              ? t(`trips.error_${failure}`)
              : t('form.failed')
            : undefined
        }
      />
      {offer.status === 'cancelled' ? (
        <p className="text-ink-muted">{t('trips.offerCancelled')}</p>
      ) : sayYes.isSuccess || offer.status === 'accepted' ? (
        <p role="status">
          {t('trips.youAreIn', { name: offer.traveller.displayName })}{' '}
          {meetupId && <Link to={`/m/${meetupId}`}>{t('trips.coffeeMeetup')}</Link>}
        </p>
      ) : (
        <Button
          type="button"

          disabled={sayYes.isPending}
          onClick={() => sayYes.mutate(offer.tripId)}
        >
          {t('trips.imIn')}
        </Button>
      )}
    </article>
  );
}
