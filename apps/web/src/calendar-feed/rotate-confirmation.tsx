// "New address" with a warning first: the current address stops working, so calendars subscribed to it go stale.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RotateConfirmation({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => setConfirming(true)}
      >
        {t('calendarFeed.rotate')}
      </button>
    );
  }
  return (
    <div className="notice calendar-feed__warning">
      <p id="calendar-feed-warning">{t('calendarFeed.rotateWarning')}</p>
      <p className="actions">
        <button
          ref={confirmButton}
          type="button"
          className="button"
          aria-describedby="calendar-feed-warning"
          disabled={busy}
          onClick={onConfirm}
        >
          {t('calendarFeed.rotateConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('calendarFeed.cancel')}
        </button>
      </p>
    </div>
  );
}
