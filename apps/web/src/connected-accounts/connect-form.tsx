// Connecting an account: the network and the handle, checked per field before anything is sent.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, RateLimitedError } from '../api/api-error';
import { retryTimeText } from '../i18n/i18n';
import { Button } from '../ui/button';
import { TextField } from '../ui/form-field';
import { useConnectBluesky, useStartMastodonConnection } from './connected-accounts-api';

const NETWORKS = ['mastodon', 'bluesky'] as const;
type Network = (typeof NETWORKS)[number];

const LOOKS_RIGHT: Record<Network, RegExp> = {
  mastodon: /^@?[^@\s]+@[^@\s]+\.[^@\s]+$/,
  bluesky: /^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/i,
};

const CONNECT_ERRORS = [
  'CONNECTION_SERVER_UNREACHABLE',
  'BLUESKY_ACCOUNT_NOT_VERIFIED',
  'INVALID_HANDLE',
  'EMAIL_NOT_VERIFIED',
];

export function ConnectForm() {
  const { t, i18n } = useTranslation();
  const [network, setNetwork] = useState<Network>('mastodon');
  const [handle, setHandle] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const startMastodon = useStartMastodonConnection();
  const connectBluesky = useConnectBluesky();
  const pending = startMastodon.isPending || connectBluesky.isPending;

  const check = (value: string, on: Network) =>
    LOOKS_RIGHT[on].test(value.trim()) ? undefined : t(`connectedAccounts.invalid_${on}`);

  const failed = (failure: Error) => {
    if (failure instanceof RateLimitedError) {
      setFieldError(
        t('connectedAccounts.error_RATE_LIMITED', { time: retryTimeText(failure.retryAt, i18n.language) }),
      );
      return;
    }
    const code = failure instanceof ApiError ? failure.code : '';
    setFieldError(CONNECT_ERRORS.includes(code) ? t(`connectedAccounts.error_${code}`) : t('form.failed'));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = check(handle, network);
    setFieldError(problem);
    if (problem) return;
    if (network === 'mastodon') {
      // Off to the member's own server, which sends them back to /settings/connections/callback.
      startMastodon.mutate(handle.trim(), {
        onSuccess: (authoriseUrl) => window.location.assign(authoriseUrl),
        onError: failed,
      });
    } else {
      connectBluesky.mutate(handle.trim(), { onSuccess: () => setHandle(''), onError: failed });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mb-8">
      <fieldset className="mb-4 rounded-card border border-line px-4 py-2">
        <legend>{t('connectedAccounts.network')}</legend>
        {NETWORKS.map((choice) => (
          <label key={choice} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="network"
              value={choice}
              checked={network === choice}
              onChange={() => {
                setNetwork(choice);
                setFieldError(undefined);
              }}
            />
            {t(`connectedAccounts.network_${choice}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('connectedAccounts.handle')}
        name="handle"
        hint={t(`connectedAccounts.hint_${network}`)}
        error={fieldError}
        value={handle}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setHandle(event.target.value);
          // Said while typing, so that the error is gone before the click on "Connect" (nothing moves under it).
          if (fieldError) setFieldError(check(event.target.value, network));
        }}
        onBlur={() => handle.trim() && !fieldError && setFieldError(check(handle, network))}
      />
      <p className="text-ink-muted">{t('connectedAccounts.privacy')}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t('form.sending') : t('connectedAccounts.connect')}
      </Button>
    </form>
  );
}
