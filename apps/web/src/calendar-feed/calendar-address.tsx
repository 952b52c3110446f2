// The address just made, read-only, with "Copy" and its confirmation; copying by hand when the browser refuses.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/form-field';
import { Button } from '../ui/button';

type CopyState = 'idle' | 'copied' | 'failed';

export function CalendarAddress({ url, replaced }: { url: string; replaced: boolean }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLDivElement>(null);
  const addressInput = () => field.current?.querySelector('input');

  // The button just pressed is gone once the address is there: keyboard focus goes to the address.
  useEffect(() => {
    setCopy('idle');
    addressInput()?.focus();
  }, [url]);

  const copyAddress = () => {
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
      <p className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={copyAddress}>
          {t('calendarFeed.copy')}
        </Button>
        <span role="status" className={copy === 'failed' ? 'm-0 font-semibold text-danger-text' : undefined}>
          {copy === 'copied' && t('calendarFeed.copied')}
          {copy === 'failed' && t('calendarFeed.copyFailed')}
          {copy === 'idle' && replaced && t('calendarFeed.rotated')}
        </span>
      </p>
    </>
  );
}
