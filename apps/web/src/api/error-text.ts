// What to tell a person about a failed request: our own words for codes the web app knows, else the API's message.
import type { TFunction } from 'i18next';
import { ApiError } from './api-error';

const KNOWN_CODES: Record<string, string> = {
  EMAIL_NOT_VERIFIED: 'accounts.unverified.required',
};

export function errorText(error: unknown, t: TFunction): string | undefined {
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return t('form.failed');
  const known = KNOWN_CODES[error.code];
  return known ? t(known) : error.message;
}
