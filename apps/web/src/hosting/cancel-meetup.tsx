// "Cancel meetup": a message for everybody who RSVPed, then a second click to confirm; it cannot be undone.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import type { Meetup } from '../meetups/meetup-api';
import { useCancelMeetup } from './hosting-api';

export function CancelMeetup({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const cancel = useCancelMeetup(meetup.id);
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);

  if (!open) {
    return (
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('hosting.cancel.open')}
      </button>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    cancel.mutate(message, {
      onError: (error) => {
        setConfirming(false);
        show(
          error,
          { MEETUP_CANCELLED: t('hosting.cancel.alreadyCancelled') },
          t('form.fixFields'),
          t('form.failed'),
        );
      },
    });
  };

  return (
    <form ref={form} className="cancel-meetup" onSubmit={onSubmit} noValidate>
      <h2>{t('hosting.cancel.title')}</h2>
      <FormAlert message={errors.form} />
      <TextAreaField
        label={t('hosting.cancel.message')}
        hint={t('hosting.cancel.messageHint')}
        name="message"
        rows={4}
        maxLength={2000}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          setConfirming(false);
        }}
        error={errors.fields.message}
      />
      {confirming && (
        <p role="alert" className="notice notice--danger">
          {t('hosting.cancel.confirmText', { count: meetup.goingCount })}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button button--danger" disabled={cancel.isPending}>
          {confirming ? t('hosting.cancel.confirm') : t('hosting.cancel.next')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            setConfirming(false);
            clear();
          }}
        >
          {t('hosting.cancel.keep')}
        </button>
      </p>
    </form>
  );
}
