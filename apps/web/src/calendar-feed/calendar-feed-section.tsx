// My meetups as a calendar subscription: make the secret address, copy it, or replace it with a new one.
// Nothing is made on arrival: an address is made only by a button, since making one retires the old one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { formattingLocale } from '../i18n/i18n';
import { CalendarAddress } from './calendar-address';
import { useCalendarFeedMadeAt, useNewCalendarAddress } from './calendar-feed-api';
import { RotateConfirmation } from './rotate-confirmation';
import { Button } from '../ui/button';

export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const madeAt = useCalendarFeedMadeAt();
  const newAddress = useNewCalendarAddress();
  const [replaced, setReplaced] = useState(false);
  const url = newAddress.data;

  const make = (replacing: boolean) => {
    setReplaced(false);
    newAddress.mutate(undefined, { onSuccess: () => setReplaced(replacing) });
  };
  const madeOn = (iso: string) =>
    new Intl.DateTimeFormat(formattingLocale(i18n.language), { dateStyle: 'long' }).format(new Date(iso));

  return (
    <section aria-labelledby="calendar-feed-heading" className="mt-10 border-t border-line pt-4">
      <h2 id="calendar-feed-heading">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      <FormAlert message={newAddress.isError ? t('calendarFeed.failed') : undefined} />
      {url ? (
        <>
          <CalendarAddress url={url} replaced={replaced} />
          <RotateConfirmation key={url} busy={newAddress.isPending} onConfirm={() => make(true)} />
        </>
      ) : madeAt.isPending ? (
        <p role="status">{t('calendarFeed.loading')}</p>
      ) : madeAt.isError ? (
        <p role="alert">{t('calendarFeed.loadFailed')}</p>
      ) : madeAt.data ? (
        <>
          <p className="text-ink-muted">{t('calendarFeed.madeBefore', { date: madeOn(madeAt.data) })}</p>
          <RotateConfirmation busy={newAddress.isPending} onConfirm={() => make(true)} />
        </>
      ) : (
        <Button type="button" disabled={newAddress.isPending} onClick={() => make(false)}>
          {t('calendarFeed.create')}
        </Button>
      )}
    </section>
  );
}
