// One of my trips: where and when, who said "I'm in", and cancelling it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { formattingLocale } from '../i18n/i18n';
import { tripDates } from './trip-dates';
import { type Trip, useTripChanges } from './trips-api';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';
import { Badge } from '../ui/badge';

export function TripCard({ trip, headingLevel = 3 }: { trip: Trip; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const { cancel } = useTripChanges();
  const [confirming, setConfirming] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cancelled = trip.status === 'cancelled';
  return (
    <article className="my-3 rounded-card border border-line bg-surface p-4 shadow-card [&_h2]:mt-0 [&_h2]:mb-1 [&_h3]:mt-0 [&_h3]:mb-1">
      <Heading>
        <Link to={`/trips/${trip.id}`}>{trip.city}</Link>
      </Heading>
      <p>
        {tripDates(trip.startsOn, trip.endsOn, formattingLocale(i18n.language))}
        {cancelled && <Badge tone="neutral"> {t('trips.cancelled')}</Badge>}
      </p>
      {trip.note && (
        <blockquote className="invitation__message my-4 border-l-4 border-accent bg-surface-muted px-4 py-3">
          {trip.note}
        </blockquote>
      )}
      <p className="mb-1 font-semibold">{t('trips.saidYes')}</p>
      {trip.coffee.yes.length === 0 ? (
        <p className="text-ink-muted">{t('trips.nobodyYet')}</p>
      ) : (
        <ul className="m-0 list-none divide-y divide-line p-0">
          {trip.coffee.yes.map((person) => (
            <li key={person.userId}>
              <Link to={`/p/${person.handle}`}>{person.displayName}</Link>
            </li>
          ))}
        </ul>
      )}
      {trip.coffee.meetupId && (
        <p>
          <Link to={`/m/${trip.coffee.meetupId}`}>{t('trips.coffeeMeetup')}</Link>
        </p>
      )}
      <FormAlert message={cancel.isError ? t('form.failed') : undefined} />
      {!cancelled && !confirming && (
        <Button type="button" variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          {t('trips.cancel')}
        </Button>
      )}
      {!cancelled && confirming && (
        <Notice tone="danger">
          <p>{t('trips.cancelExplained')}</p>
          <p className="flex flex-wrap items-center gap-3">
            <Button
              type="button"

              disabled={cancel.isPending}
              onClick={() => cancel.mutate(trip.id)}
            >
              {t('trips.cancelConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t('trips.keep')}
            </Button>
          </p>
        </Notice>
      )}
    </article>
  );
}
