// "Can't come?": a going member picks a waitlisted contact and offers them the seat; once offered, says to whom
// and until when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import type { Meetup } from '../meetups/meetup-api';
import { Avatar } from '../ui/avatar';
import { Button } from '../ui/button';
import { Dialog, DialogClose } from '../ui/dialog';
import { Notice } from '../ui/notice';
import { useOfferDeadline } from './offer-time';
import { type SeatOffer, useOfferSeat, useSeatCandidates } from './seats-api';
import { useSeatErrorText } from './seat-error-text';

function Candidates({ meetup, onOffered }: { meetup: Meetup; onOffered: () => void }) {
  const { t } = useTranslation();
  const candidates = useSeatCandidates(meetup.id, true);
  const offer = useOfferSeat(meetup.id);
  const errorText = useSeatErrorText();
  const [chosen, setChosen] = useState<string>();
  const [unchosen, setUnchosen] = useState(false);

  if (candidates.isPending) return <p role="status">{t('seats.loading')}</p>;
  if (candidates.isError) return <FormAlert message={errorText(candidates.error)} />;
  if (candidates.data.items.length === 0) return <p>{t('seats.nobody')}</p>;

  const submit = () => {
    if (!chosen) return setUnchosen(true);
    offer.mutate(chosen, { onSuccess: onOffered });
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <FormAlert message={errorText(offer.error)} />
      <fieldset className="m-0 border-0 p-0" aria-describedby={unchosen ? 'seat-pick-error' : undefined}>
        <legend className="mb-2 font-semibold">{t('seats.pick')}</legend>
        <ul className="m-0 grid list-none gap-2 p-0">
          {candidates.data.items.map((person) => (
            <li key={person.userId}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-control border border-line p-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                <input
                  type="radio"
                  name="receiver"
                  value={person.userId}
                  checked={chosen === person.userId}
                  onChange={() => {
                    setChosen(person.userId);
                    setUnchosen(false);
                  }}
                  className="size-5 accent-(--color-accent)"
                />
                <Avatar person={person} size={32} />
                <span className="min-w-0">
                  <span className="block font-semibold">{person.displayName}</span>
                  <span className="block text-sm text-ink-muted">@{person.handle}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {unchosen && (
          <p id="seat-pick-error" role="alert" className="text-danger-text">
            {t('seats.pickSomeone')}
          </p>
        )}
      </fieldset>
      <p className="mb-0 flex flex-wrap gap-3">
        <Button type="submit" disabled={offer.isPending}>
          {t('seats.offer')}
        </Button>
        <DialogClose asChild>
          <Button type="button" variant="secondary">
            {t('seats.keep')}
          </Button>
        </DialogClose>
      </p>
    </form>
  );
}

export function HandOnSeat({ meetup, given }: { meetup: Meetup; given: SeatOffer | null }) {
  const { t } = useTranslation();
  const deadline = useOfferDeadline();
  const [open, setOpen] = useState(false);
  if (given) {
    return (
      <Notice tone="info" className="my-3">
        {t('seats.offered', {
          name: given.receiver.displayName,
          until: deadline(given.expiresAt, meetup.timeZone),
        })}
      </Notice>
    );
  }
  if (meetup.waitlistCount === 0) return null;
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button type="button" variant="ghost">
          {t('seats.handOn')}
        </Button>
      }
      title={t('seats.dialogTitle')}
      description={t('seats.dialogText')}
    >
      {open && <Candidates meetup={meetup} onOffered={() => setOpen(false)} />}
    </Dialog>
  );
}
