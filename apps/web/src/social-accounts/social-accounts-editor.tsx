// In my profile editor: my accounts elsewhere online, adding and removing them, and how to verify them.
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { SelectField, TextField, textOf } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import {
  PLATFORMS,
  type SocialAccount,
  type SocialPlatform,
  type SocialProof,
  useProofs,
  useSocialAccountChanges,
  VERIFIABLE,
} from './social-accounts-api';
import { EmptyState } from '../ui/empty-state';
import { Button } from '../ui/button';

function HowToVerify({ account, proof }: { account: SocialAccount; proof?: SocialProof }) {
  const { t } = useTranslation();
  const { check } = useSocialAccountChanges();
  const label = `${t(`socialAccounts.platform_${account.platform}`)} ${account.handle}`;
  return (
    <div className="[&_code]:block [&_code]:rounded-control [&_code]:bg-surface-muted [&_code]:px-2.5 [&_code]:py-1.5 [&_code]:[overflow-wrap:anywhere]">
      {proof && account.platform === 'bluesky' && (
        <p>
          {t('socialAccounts.howBluesky')} <code>{proof.code}</code>
        </p>
      )}
      {proof?.profileUrl && account.platform !== 'bluesky' && (
        <p>
          {t('socialAccounts.howRelMe')} <code>{proof.profileUrl}</code>
        </p>
      )}
      {!proof && <p className="text-ink-muted">{t('socialAccounts.howStart')}</p>}
      {proof?.status === 'pending' && <p role="status">{t('socialAccounts.checking')}</p>}
      {proof?.status === 'failed' && (
        <p className="m-0 font-semibold text-danger-text">
          {t('socialAccounts.checkFailed', { reason: proof.reason ?? '' })}
        </p>
      )}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={check.isPending}
        aria-label={t('socialAccounts.checkNowFor', { account: label })}
        onClick={() => check.mutate({ platform: account.platform, handle: account.handle })}
      >
        {t('socialAccounts.checkNow')}
      </Button>
      {check.isError && <span role="alert"> {t('form.failed')}</span>}
    </div>
  );
}

function AccountItem({ account, proof }: { account: SocialAccount; proof?: SocialProof }) {
  const { t } = useTranslation();
  const { remove } = useSocialAccountChanges();
  const label = `${t(`socialAccounts.platform_${account.platform}`)} ${account.handle}`;
  return (
    <li className="social-account py-3 [overflow-wrap:anywhere] [&_p]:my-1">
      <p>
        <strong>{t(`socialAccounts.platform_${account.platform}`)}</strong> {account.handle}{' '}
        <span className={account.verified ? 'badge' : 'badge badge--muted'}>
          {account.verified ? t('socialAccounts.verified') : t('socialAccounts.claimed')}
        </span>{' '}
        <Button
          type="button"
          variant="ghost"
          size="sm"
          disabled={remove.isPending}
          aria-label={t('socialAccounts.removeFor', { account: label })}
          onClick={() => remove.mutate(account.id)}
        >
          {t('socialAccounts.remove')}
        </Button>
      </p>
      {!account.verified && VERIFIABLE.includes(account.platform) && (
        <HowToVerify account={account} proof={proof} />
      )}
    </li>
  );
}

function AddAccountForm() {
  const { t } = useTranslation();
  const { add } = useSocialAccountChanges();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show, setErrors } = useFormErrors(form);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const data = new FormData(event.currentTarget);
    const target = event.currentTarget;
    add.mutate(
      { platform: textOf(data, 'platform') as SocialPlatform, handle: textOf(data, 'handle').trim() },
      {
        onSuccess: () => target.reset(),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'SOCIAL_ACCOUNT_CLAIMED') {
            setErrors({ fields: { handle: t('socialAccounts.claimedByOther') }, form: t('form.fixFields') });
            return;
          }
          show(error, {}, t('form.fixFields'), t('form.failed'));
        },
      },
    );
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="mt-6">
      <h3>{t('socialAccounts.addTitle')}</h3>
      <FormAlert message={errors.form} />
      <SelectField label={t('socialAccounts.platform')} name="platform" error={errors.fields.platform}>
        {PLATFORMS.map((platform) => (
          <option key={platform} value={platform}>
            {t(`socialAccounts.platform_${platform}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('socialAccounts.handle')}
        hint={t('socialAccounts.handleHint')}
        name="handle"
        error={errors.fields.handle}
      />
      <Button type="submit" disabled={add.isPending}>
        {t('socialAccounts.add')}
      </Button>
    </form>
  );
}

export function SocialAccountsEditor({ accounts }: { accounts: SocialAccount[] }) {
  const { t } = useTranslation();
  const proofs = useProofs();
  const proofOf = (account: SocialAccount) =>
    proofs.data?.find((proof) => proof.platform === account.platform && proof.handle === account.handle);
  return (
    <section className="" aria-labelledby="social-accounts-title">
      <h2 id="social-accounts-title">{t('socialAccounts.title')}</h2>
      <p className="text-ink-muted">{t('socialAccounts.intro')}</p>
      {accounts.length === 0 ? (
        <EmptyState>{t('socialAccounts.none')}</EmptyState>
      ) : (
        <ul className="m-0 list-none divide-y divide-line p-0">
          {accounts.map((account) => (
            <AccountItem key={account.id} account={account} proof={proofOf(account)} />
          ))}
        </ul>
      )}
      <AddAccountForm />
    </section>
  );
}
