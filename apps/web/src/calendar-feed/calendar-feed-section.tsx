// My meetups as a calendar subscription: make the secret address, copy it, or replace it with a new one.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { TextField } from '../forms/text-field';
import { useNewCalendarAddress } from './calendar-feed-api';

type CopyState = 'idle' | 'copied' | 'failed';

export function CalendarFeedSection() {
  const { t } = useTranslation();
  const newAddress = useNewCalendarAddress();
  const [confirming, setConfirming] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [rotated, setRotated] = useState(false);
  const field = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const url = newAddress.data;
  const addressInput = () => field.current?.querySelector('input');

  // The button just pressed is gone once the address is there: keyboard focus goes to the address.
  useEffect(() => {
    if (url) addressInput()?.focus();
  }, [url]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const make = (replacing: boolean) => {
    setCopy('idle');
    setRotated(false);
    newAddress.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setRotated(replacing);
      },
    });
  };
  const copyAddress = () => {
    if (!url) return;
    const copied = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
    copied.then(
      () => setCopy('copied'),
      () => {
        addressInput()?.select();
        setCopy('failed');
      },
    );
  };

  return (
    <section aria-labelledby="calendar-feed-heading" className="calendar-feed">
      <h2 id="calendar-feed-heading">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      <FormAlert message={newAddress.isError ? t('calendarFeed.failed') : undefined} />
      {!url ? (
        <>
          <p className="muted">{t('calendarFeed.createHint')}</p>
          <button
            type="button"
            className="button"
            disabled={newAddress.isPending}
            onClick={() => make(false)}
          >
            {t('calendarFeed.create')}
          </button>
        </>
      ) : (
        <>
          <div ref={field}>
            <TextField
              label={t('calendarFeed.address')}
              hint={t('calendarFeed.addressHint')}
              name="calendarAddress"
              value={url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <p className="actions">
            <button type="button" className="button" onClick={copyAddress}>
              {t('calendarFeed.copy')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={newAddress.isPending}
              onClick={() => setConfirming(true)}
            >
              {t('calendarFeed.rotate')}
            </button>
          </p>
          <p role="status" className={copy === 'failed' ? 'field__error' : undefined}>
            {copy === 'copied' && t('calendarFeed.copied')}
            {copy === 'failed' && t('calendarFeed.copyFailed')}
            {copy === 'idle' && rotated && t('calendarFeed.rotated')}
          </p>
          {confirming && (
            <div className="notice">
              <p id="calendar-feed-warning">{t('calendarFeed.rotateWarning')}</p>
              <p className="actions">
                <button
                  ref={confirmButton}
                  type="button"
                  className="button"
                  aria-describedby="calendar-feed-warning"
                  disabled={newAddress.isPending}
                  onClick={() => make(true)}
                >
                  {t('calendarFeed.rotateConfirm')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirming(false)}
                >
                  {t('calendarFeed.cancel')}
                </button>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
