// Seats, the viewer's RSVP and what they can do about it: go, withdraw, or log in first.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { errorText } from '../api/error-text';
import { useAccount } from '../auth/session';
import { FormAlert } from '../forms/form-alert';
import { SeatOffers } from '../seats/seat-offers';
import { type Meetup, useRsvp } from './meetup-api';
import { Button, ButtonLink } from '../ui/button';
import { Card } from '../ui/card';

function Seats({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  return (
    <p className="mt-0 text-lg">
      <strong>{t('meetup.goingCount', { count: meetup.goingCount })}</strong>
      {' · '}
      {meetup.spotsLeft === null
        ? t('meetup.unlimited')
        : meetup.spotsLeft > 0
          ? t('meetup.seatsLeft', { count: meetup.spotsLeft })
          : t('meetup.full')}
      {meetup.newcomerSeatsKept && meetup.newcomerSeats > 0 && (
        <span className="mt-1 block text-base text-ink-muted">
          {t('seats.kept', { count: meetup.newcomerSeats })}
        </span>
      )}
    </p>
  );
}

export function RsvpPanel({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  const { going, withdraw } = useRsvp(meetup.id);
  const failure = going.error ?? withdraw.error;
  const busy = going.isPending || withdraw.isPending;
  const rsvp = meetup.myRsvp;
  const open = meetup.status === 'published';

  return (
    <Card as="section" tinted className="my-6" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading" className="sr-only">
        {t('meetup.rsvpHeading')}
      </h2>
      <Seats meetup={meetup} />
      <FormAlert message={errorText(failure, t)} />
      {!account.data && open && (
        <ButtonLink to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('meetup.logInToRsvp')}
        </ButtonLink>
      )}
      {account.data && rsvp?.status === 'going' && (
        <>
          <p role="status">{t('meetup.youAreGoing')}</p>
          <p className="flex flex-wrap items-center gap-3">
            <ButtonLink to={`/m/${meetup.id}/check-in-code`}>{t('meetup.myCode')}</ButtonLink>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => withdraw.mutate()}>
              {t('meetup.withdraw')}
            </Button>
          </p>
          <SeatOffers meetup={meetup} />
        </>
      )}
      {account.data && rsvp?.status === 'waitlisted' && (
        <>
          <p role="status">{t('meetup.waitlistPosition', { position: rsvp.waitlistPosition })}</p>
          <SeatOffers meetup={meetup} />
          <Button type="button" variant="secondary" disabled={busy} onClick={() => withdraw.mutate()}>
            {t('meetup.withdraw')}
          </Button>
        </>
      )}
      {account.data && open && (!rsvp || rsvp.status === 'not_going') && (
        <Button type="button" size="lg" disabled={busy} onClick={() => going.mutate()}>
          {meetup.spotsLeft === 0 ? t('meetup.joinWaitlist') : t('meetup.imGoing')}
        </Button>
      )}
    </Card>
  );
}
