// "I'm here": an attendee checks themself in with the code the host shows at the venue.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { type Meetup, useSelfCheckIn } from './meetup-api';
import { useFormattingLocale } from '../server-render/use-hydrated';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

const ERRORS: Record<string, string> = {
  VENUE_CODE_WRONG: 'ticket.venueCodeWrong',
  CHECK_IN_NOT_OPEN: 'ticket.notOpen',
  MEETUP_CANCELLED: 'ticket.cancelled',
  NOT_GOING: 'ticket.notGoing',
  VALIDATION_FAILED: 'ticket.venueCodeInvalid',
};

export function SelfCheckIn({ meetup }: { meetup: Meetup }) {
  const { t, i18n } = useTranslation();
  const checkIn = useSelfCheckIn(meetup.id);
  const [venueCode, setVenueCode] = useState('');
  const checkedInAt = meetup.myRsvp?.checkedInAt ?? checkIn.data?.checkedInAt;
  const locale = useFormattingLocale(i18n.language);
  const clock = new Intl.DateTimeFormat(locale, {
    timeZone: meetup.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });

  if (checkedInAt) {
    return (
      <Notice tone="success" role="status">
        {t('ticket.checkedIn', { time: clock.format(new Date(checkedInAt)) })}
      </Notice>
    );
  }

  const failure = checkIn.error;
  const errorKey = failure instanceof ApiError ? ERRORS[failure.code] : undefined;
  const error = failure ? t(errorKey ?? 'form.failed') : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (venueCode.trim()) checkIn.mutate(venueCode.trim());
  };

  return (
    <form
      className="flex flex-col gap-2 [&_label]:text-xl [&_label]:font-semibold my-6 [&_h2]:m-0"
      onSubmit={onSubmit}
      noValidate
    >
      <h2>{t('ticket.selfTitle')}</h2>
      <p>{t('ticket.selfText')}</p>
      <label htmlFor="venue-code">{t('ticket.venueCode')}</label>
      <input
        id="venue-code"
        className="check-in__code min-h-16! w-full border-2! text-[clamp(1.6rem,8vw,2.4rem)] tracking-[0.12em] uppercase"
        value={venueCode}
        onChange={(event) => setVenueCode(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={32}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'venue-code-error' : undefined}
      />
      {error && (
        <p id="venue-code-error" role="alert" className="m-0 font-semibold text-danger-text text-lg">
          {error}
        </p>
      )}
      <Button type="submit" className="" disabled={checkIn.isPending}>
        {t('ticket.selfSubmit')}
      </Button>
    </form>
  );
}
