// /settings/connections — connect Mastodon and Bluesky accounts, see what each brought in, refresh or disconnect.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/empty-state';
import { PageHeading } from '../ui/page-heading';
import { ConnectForm } from './connect-form';
import { ConnectedAccountCard } from './connected-account-card';
import { useConnectedAccounts } from './connected-accounts-api';

export function ConnectedAccountsPage() {
  const { t } = useTranslation();
  const accounts = useConnectedAccounts();
  return (
    <section className="max-w-xl">
      <PageHeading>{t('connectedAccounts.title')}</PageHeading>
      <p className="text-lg text-ink-muted">{t('connectedAccounts.intro')}</p>
      <ConnectForm />
      <section aria-labelledby="your-connections">
        <h2 id="your-connections">{t('connectedAccounts.yours')}</h2>
        {accounts.isPending && <p role="status">{t('connectedAccounts.loading')}</p>}
        {accounts.isError && <p role="alert">{t('connectedAccounts.loadFailed')}</p>}
        {accounts.data?.length === 0 && <EmptyState>{t('connectedAccounts.none')}</EmptyState>}
        {accounts.data && accounts.data.length > 0 && (
          <>
            <ul className="m-0 list-none p-0">
              {accounts.data.map((account) => (
                <ConnectedAccountCard key={account.id} account={account} />
              ))}
            </ul>
            <p className="text-sm text-ink-muted">{t('connectedAccounts.disconnectHint')}</p>
          </>
        )}
      </section>
    </section>
  );
}
