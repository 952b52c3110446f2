// /m/:id/check-in — the door: type (or scan) a person's code, see who it was, and how many are in so far.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { Meetup } from '../meetups/meetup-api';
import { HostPage, timeAtVenue } from './host-page';
import { type CheckIn, useAttendees, useCheckIn } from './hosting-api';
import { QrScanner } from './qr-scanner';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

const ERRORS: Record<string, string> = {
  CHECK_IN_CODE_UNKNOWN: 'hosting.checkIn.unknown',
  NOT_GOING: 'hosting.checkIn.notGoing',
  MEETUP_CANCELLED: 'hosting.checkIn.cancelled',
  VALIDATION_FAILED: 'hosting.checkIn.invalid',
};

function Door({ meetup }: { meetup: Meetup }) {
  const { t, i18n } = useTranslation();
  const attendees = useAttendees(meetup.id);
  const checkIn = useCheckIn(meetup.id);
  const [code, setCode] = useState('');
  const [last, setLast] = useState<CheckIn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const nameOf = (userId: string) =>
    attendees.data?.items.find((attendee) => attendee.userId === userId)?.displayName ??
    t('hosting.checkIn.someone');
  const time = (iso: string) => timeAtVenue(iso, meetup, i18n.language);

  const submit = (value: string) => {
    const typed = value.trim();
    if (!typed) return;
    setError(null);
    checkIn.mutate(typed, {
      onSuccess: (result) => {
        setLast(result);
        setCode('');
        input.current?.focus();
        void attendees.refetch();
      },
      onError: (failure) => {
        setLast(null);
        const key = failure instanceof ApiError ? ERRORS[failure.code] : undefined;
        setError(t(key ?? 'form.failed'));
        input.current?.select();
      },
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(code);
  };
  const checkedIn = Math.max(meetup.checkedInCount, last?.checkedInCount ?? 0);

  return (
    <>
      <p className="mt-2 mb-4 text-[clamp(1.4rem,6vw,2rem)] font-bold" aria-live="polite">
        {t('hosting.checkIn.count', { count: checkedIn, going: meetup.goingCount })}
      </p>
      {meetup.status === 'cancelled' && <Notice tone="danger">{t('hosting.checkIn.cancelled')}</Notice>}
      <form
        className="flex flex-col gap-2 [&_label]:text-xl [&_label]:font-semibold"
        onSubmit={onSubmit}
        noValidate
      >
        <label htmlFor="check-in-code">{t('hosting.checkIn.code')}</label>
        <input
          id="check-in-code"
          ref={input}
          className="check-in__code min-h-16! w-full border-2! text-[clamp(1.6rem,8vw,2.4rem)] tracking-[0.12em] uppercase"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'check-in-error' : undefined}
        />
        {error && (
          <p id="check-in-error" role="alert" className="m-0 font-semibold text-danger-text text-lg">
            {error}
          </p>
        )}
        <Button type="submit" className="" disabled={checkIn.isPending}>
          {t('hosting.checkIn.submit')}
        </Button>
      </form>
      <QrScanner onCode={submit} />
      {meetup.venueCheckInCode && (
        <p className="text-ink-muted">{t('hosting.checkIn.venueCode', { code: meetup.venueCheckInCode })}</p>
      )}
      {last && (
        <p role="status" className={last.alreadyCheckedIn ? 'notice' : 'notice notice--success'}>
          {last.alreadyCheckedIn
            ? t('hosting.checkIn.already', { name: nameOf(last.userId), time: time(last.checkedInAt) })
            : t('hosting.checkIn.done', { name: nameOf(last.userId) })}
        </p>
      )}
    </>
  );
}

export function CheckInPage() {
  const { t } = useTranslation();
  return (
    <HostPage title={t('hosting.checkIn.title')} className="max-w-md check-in">
      {(meetup) => <Door meetup={meetup} />}
    </HostPage>
  );
}
