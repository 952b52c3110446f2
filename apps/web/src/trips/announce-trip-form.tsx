// Announcing a trip: city, first and last day, and a note for the people there who know me online.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField, TextField, textOf } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { useTripChanges } from './trips-api';
import { Button } from '../ui/button';

export function AnnounceTripForm() {
  const { t } = useTranslation();
  const { announce } = useTripChanges();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);
  const [announced, setAnnounced] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setAnnounced(undefined);
    const data = new FormData(event.currentTarget);
    const target = event.currentTarget;
    const note = textOf(data, 'note').trim();
    announce.mutate(
      {
        city: textOf(data, 'city').trim(),
        startsOn: textOf(data, 'startsOn'),
        endsOn: textOf(data, 'endsOn'),
        ...(note ? { note } : {}),
      },
      {
        onSuccess: (trip) => {
          target.reset();
          setAnnounced(t('trips.announced', { city: trip.city }));
        },
        onError: (error) =>
          show(
            error,
            { EMAIL_NOT_VERIFIED: t('trips.emailNotVerified') },
            t('form.fixFields'),
            t('form.failed'),
          ),
      },
    );
  };

  const f = errors.fields;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="mt-6">
      <h2>{t('trips.announceTitle')}</h2>
      <p className="text-ink-muted">{t('trips.announceIntro')}</p>
      <FormAlert message={errors.form} />
      <TextField label={t('trips.city')} name="city" autoComplete="address-level2" error={f.city} />
      <div className="grid grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] gap-x-4">
        <TextField label={t('trips.startsOn')} name="startsOn" type="date" error={f.startsOn} />
        <TextField label={t('trips.endsOn')} name="endsOn" type="date" error={f.endsOn} />
      </div>
      <TextAreaField label={t('trips.note')} hint={t('trips.noteHint')} name="note" rows={3} error={f.note} />
      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={announce.isPending}>
          {t('trips.announce')}
        </Button>
        <span role="status">{announced ?? ''}</span>
      </p>
    </form>
  );
}
