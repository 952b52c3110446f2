// The seat offers that concern the viewer at one meetup, on its RSVP panel.
import type { Meetup } from '../meetups/meetup-api';
import { HandOnSeat } from './hand-on-seat';
import { SeatOfferForMe } from './seat-offer-for-me';
import { useSeatOffers } from './seats-api';

export function SeatOffers({ meetup }: { meetup: Meetup }) {
  const status = meetup.myRsvp?.status;
  const open = meetup.status === 'published';
  const offers = useSeatOffers(meetup.id, open && (status === 'going' || status === 'waitlisted'));
  if (!open || !offers.data) return null;
  if (status === 'waitlisted' && offers.data.received)
    return <SeatOfferForMe meetup={meetup} offer={offers.data.received} />;
  if (status === 'going') return <HandOnSeat meetup={meetup} given={offers.data.given} />;
  return null;
}
