// One connected account: its state in words, how many it found, and what the member can do with it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RateLimitedError } from '../api/api-error';
import { formattingLocale, retryTimeText } from '../i18n/i18n';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { FormAlert } from '../forms/form-alert';
import { type ConnectedAccount, useDisconnect, useRefreshConnection } from './connected-accounts-api';

const TONE = {
  reading: 'neutral',
  connected: 'success',
  access_withdrawn: 'danger',
  failed: 'warning',
} as const;

export function ConnectedAccountCard({ account }: { account: ConnectedAccount }) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const refresh = useRefreshConnection();
  const disconnect = useDisconnect();
  const when = (iso: string) =>
    new Date(iso).toLocaleString(formattingLocale(i18n.language), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const refreshFailure =
    refresh.error instanceof RateLimitedError
      ? t('connectedAccounts.error_RATE_LIMITED', {
          time: retryTimeText(refresh.error.retryAt, i18n.language),
        })
      : refresh.isError || disconnect.isError
        ? t('form.failed')
        : undefined;

  return (
    <Card as="li" compact className="mb-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={nameId} className="m-0 font-semibold break-all">
          {t(`connectedAccounts.network_${account.network}`).split(' (')[0]} · {account.handle}
        </p>
        <Badge tone={TONE[account.status]}>{t(`connectedAccounts.status_${account.status}`)}</Badge>
      </div>
      {account.accountsFound !== null && (
        <p className="mb-0 mt-2 text-lg font-semibold" data-testid="matched-members">
          {t('connectedAccounts.matched', { count: account.matchedMembers })}
        </p>
      )}
      <p className="m-0 text-sm text-ink-muted">
        {account.lastReadAt
          ? t('connectedAccounts.lastRead', { when: when(account.lastReadAt) })
          : t('connectedAccounts.neverRead')}
        {account.accountsFound !== null && (
          <> · {t('connectedAccounts.accountsFound', { count: account.accountsFound })}</>
        )}
      </p>
      {account.reason && (
        <p className="mb-0 mt-2 text-danger-text" role="status">
          {t(`connectedAccounts.reason_${account.reason}`, { server: account.server })}
        </p>
      )}
      <FormAlert message={refreshFailure} />
      <div className="mt-3 flex flex-wrap gap-2">
        {account.status !== 'access_withdrawn' && (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            disabled={refresh.isPending || account.status === 'reading'}
            aria-describedby={nameId}
            onClick={() => refresh.mutate(account)}
          >
            {refresh.isPending ? t('connectedAccounts.refreshing') : t('connectedAccounts.refresh')}
          </Button>
        )}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={disconnect.isPending}
          aria-describedby={nameId}
          onClick={() => disconnect.mutate(account.id)}
        >
          {t('connectedAccounts.disconnect')}
        </Button>
      </div>
    </Card>
  );
}
