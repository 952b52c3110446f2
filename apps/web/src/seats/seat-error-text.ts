// The seat offers' refusals in the reader's words; anything else as the other forms say it.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { errorText } from '../api/error-text';

const SEAT_CODES = [
  'SEAT_OFFER_CLOSED',
  'SEAT_RECEIVER_NOT_ELIGIBLE',
  'SEAT_RECEIVER_NOT_INVITED',
  'SEAT_ALREADY_OFFERED',
] as const;

export function useSeatErrorText(): (error: unknown) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError && (SEAT_CODES as readonly string[]).includes(error.code))
      return t(`seats.errors.${error.code as (typeof SEAT_CODES)[number]}`);
    return errorText(error, t);
  };
}
