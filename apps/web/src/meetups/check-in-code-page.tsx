// /m/:id/check-in-code — the viewer's ticket: a QR code for the scanner at the door, the same code in letters to read
// aloud or type, and self check-in with the code shown at the venue.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../ui/page-heading';
import { useMeetup } from './meetup-api';
import { SelfCheckIn } from './self-check-in';

/** "K7M2QX9TR4" → "K7M2Q X9TR4": groups of five are read aloud without losing one's place. */
export function readableCheckInCode(code: string): string {
  return code.match(/.{1,5}/g)?.join(' ') ?? code;
}

export function CheckInCodePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meetup = useMeetup(id);
  const [imageMissing, setImageMissing] = useState(false);
  const code = meetup.data?.myRsvp?.checkInCode ?? null;
  const missing = imageMissing || meetup.data === null || (meetup.data && !code);

  return (
    <section className="max-w-md">
      <PageHeading>{t('checkInCode.title')}</PageHeading>
      {meetup.data && <p className="text-ink-muted">{meetup.data.title}</p>}
      {missing ? (
        <p role="alert">{t('checkInCode.none')}</p>
      ) : (
        <>
          <p>{t('checkInCode.text')}</p>
          <img
            className="qr-code block h-auto w-[min(80vw,320px)] bg-white [image-rendering:pixelated]"
            src={`/api/v1/meetups/${encodeURIComponent(id)}/rsvp/check-in-code.svg`}
            alt={t('checkInCode.alt')}
            width={320}
            height={320}
            onError={() => setImageMissing(true)}
          />
          {code && (
            <p className="ticket__code mt-2 mb-6 font-mono text-[clamp(1.8rem,9vw,2.6rem)] font-bold tracking-widest">
              <span className="sr-only">{t('checkInCode.inLetters')} </span>
              <span data-testid="ticket-code">{readableCheckInCode(code)}</span>
            </p>
          )}
          {meetup.data && meetup.data.status !== 'cancelled' && <SelfCheckIn meetup={meetup.data} />}
        </>
      )}
      <p>
        <Link to={`/m/${id}`}>{t('checkInCode.back')}</Link>
      </p>
    </section>
  );
}
