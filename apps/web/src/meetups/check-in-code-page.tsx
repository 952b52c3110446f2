// /m/:id/check-in-code — the viewer's QR code, big and high-contrast for a scanner at the door.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../layout/page-heading';

export function CheckInCodePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [missing, setMissing] = useState(false);
  return (
    <section className="narrow check-in-code">
      <PageHeading>{t('checkInCode.title')}</PageHeading>
      {missing ? (
        <p role="alert">{t('checkInCode.none')}</p>
      ) : (
        <>
          <p>{t('checkInCode.text')}</p>
          <img
            className="qr-code"
            src={`/api/v1/meetups/${encodeURIComponent(id)}/rsvp/check-in-code.svg`}
            alt={t('checkInCode.alt')}
            width={320}
            height={320}
            onError={() => setMissing(true)}
          />
        </>
      )}
      <p>
        <Link to={`/m/${id}`}>{t('checkInCode.back')}</Link>
      </p>
    </section>
  );
}
