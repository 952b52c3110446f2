// A seat a contact hands to the viewer, waitlisted: take it or let it go down the waitlist. The offer mail links
// here (#seat-offer).
import { Armchair } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import type { Meetup } from '../meetups/meetup-api';
import { Avatar } from '../ui/avatar';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { useOfferDeadline } from './offer-time';
import { type SeatOffer, useAnswerSeatOffer } from './seats-api';
import { useSeatErrorText } from './seat-error-text';

export function SeatOfferForMe({ meetup, offer }: { meetup: Meetup; offer: SeatOffer }) {
  const { t } = useTranslation();
  const { take, decline } = useAnswerSeatOffer(meetup.id);
  const deadline = useOfferDeadline();
  const errorText = useSeatErrorText();
  const busy = take.isPending || decline.isPending;
  const name = offer.giver.displayName;
  return (
    <Card as="section" id="seat-offer" className="my-4 border-accent" aria-labelledby="seat-offer-heading">
      <div className="flex items-center gap-3">
        <Avatar person={offer.giver} />
        <h3 id="seat-offer-heading" className="m-0 flex items-center gap-2 text-lg font-bold">
          <Armchair aria-hidden size={20} className="flex-none text-accent-text" />
          {t('seats.forYouTitle', { name })}
        </h3>
      </div>
      <p>{t('seats.forYouText', { until: deadline(offer.expiresAt, meetup.timeZone) })}</p>
      <FormAlert message={errorText(take.error ?? decline.error)} />
      <p className="mb-0 flex flex-wrap gap-3">
        <Button type="button" disabled={busy} onClick={() => take.mutate(offer.id)}>
          {t('seats.take')}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => decline.mutate(offer.id)}>
          {t('seats.decline')}
        </Button>
      </p>
    </Card>
  );
}
