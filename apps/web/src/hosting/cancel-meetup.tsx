// "Cancel meetup": a dialog with a message for everybody who RSVPed, then a second click to confirm; it cannot be
// undone.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import type { Meetup } from '../meetups/meetup-api';
import { useCancelMeetup } from './hosting-api';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';

export function CancelMeetup({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const cancel = useCancelMeetup(meetup.id);
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);

  const close = () => {
    setOpen(false);
    setConfirming(false);
    clear();
  };

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
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? setOpen(true) : close())}
      trigger={
        <Button type="button" variant="danger">
          {t('hosting.cancel.open')}
        </Button>
      }
      title={t('hosting.cancel.title')}
    >
      <form ref={form} className="mt-4" onSubmit={onSubmit} noValidate>
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
          <Notice tone="danger" role="alert">
            {t('hosting.cancel.confirmText', { count: meetup.goingCount })}
          </Notice>
        )}
        <p className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="danger" disabled={cancel.isPending}>
            {confirming ? t('hosting.cancel.confirm') : t('hosting.cancel.next')}
          </Button>
          <Button type="button" variant="secondary" onClick={close}>
            {t('hosting.cancel.keep')}
          </Button>
        </p>
      </form>
    </Dialog>
  );
}
