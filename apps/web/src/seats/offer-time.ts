// When an offer runs out, in the meetup's own time zone and the reader's language ("3. Dezember, 06:30").
import { useTranslation } from 'react-i18next';
import { useFormattingLocale } from '../server-render/use-hydrated';

export function useOfferDeadline(): (iso: string, timeZone: string) => string {
  const { i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  return (iso, timeZone) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(new Date(iso));
}
