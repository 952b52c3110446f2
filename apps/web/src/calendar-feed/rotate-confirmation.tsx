// "New address" with a warning first: the current address stops working, so calendars subscribed to it go stale.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

export function RotateConfirmation({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button type="button" variant="secondary" disabled={busy} onClick={() => setConfirming(true)}>
        {t('calendarFeed.rotate')}
      </Button>
    );
  }
  return (
    <Notice tone="warning" className="">
      <p id="calendar-feed-warning">{t('calendarFeed.rotateWarning')}</p>
      <p className="flex flex-wrap items-center gap-3">
        <Button
          ref={confirmButton}
          type="button"

          aria-describedby="calendar-feed-warning"
          disabled={busy}
          onClick={onConfirm}
        >
          {t('calendarFeed.rotateConfirm')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t('calendarFeed.cancel')}
        </Button>
      </p>
    </Notice>
  );
}
